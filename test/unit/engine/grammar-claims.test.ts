/**
 * Argumentative generalisations against a religion or an origin (grammar/claims.ts): each class of
 * claim said of peoples and of faiths, in other tenses, persons and word orders, with its clean
 * counterparts — the same words denied, reported, hypothetical, said of something else, or ordinary.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const peoples = ['les musulmans', 'les immigrants', 'ces gens-là', 'les réfugiés', 'les Arabes'];
const faiths = ['l’islam', 'la religion musulmane', 'cette religion', 'le judaïsme'];

const said: Record<string, { peoples: string[]; faiths: string[]; clean: string[] }> = {
  'harm to what is ours (invasion, replacement, conquest)': {
    peoples: ['{G} envahissent notre pays.', '{G} ont envahi nos villes.', '{G} sont en train d’envahir le Québec.', '{G} veulent remplacer notre culture.', '{G} nous remplacent tranquillement.', '{G} colonisent l’Europe.', '{G} minent notre société.', '{G} cherchent à islamiser le Québec.', '{G} vont détruire notre civilisation.', 'Ils vont finir par nous remplacer, {g}.'],
    faiths: ['{G} menace notre démocratie.', '{G} envahit nos écoles.', '{G} gangrène notre société.', '{G} détruit nos valeurs.'],
    clean: ['{G} n’ont jamais envahi notre pays.', 'Dire que {g} envahissent le Québec, c’est faux.', 'Ce n’est pas l’islam qui menace notre démocratie, c’est la haine.', 'La peur des immigrants mine notre vivre-ensemble.', 'Le virus menace notre société.', 'Les touristes envahissent nos plages cet été.', 'Les pissenlits envahissent nos pelouses.'],
  },
  'standing against our values or other faiths': {
    peoples: ['{G} sont contre nos valeurs.', '{G} sont incompatibles avec nos valeurs.', '{G} ne respectent pas nos lois.', '{G} respectent pas nos valeurs.', '{G} détestent les chrétiens.', '{G} haïssent l’Occident.', '{G} méprisent les femmes.', '{G} ne sont pas tolérants envers les autres.'],
    faiths: ['{G} est contre la démocratie.', '{G} est incompatible avec la démocratie.', '{G} est une religion incompatible avec nos valeurs.', '{G} ne partage pas nos valeurs.', '{G} déteste les juifs.', '{G} est contraire à nos valeurs.'],
    clean: ['{G} ne sont pas incompatibles avec nos valeurs.', '{G} respectent nos lois comme tout le monde.', 'L’islam n’est pas incompatible avec la démocratie.', 'L’islam partage bien des valeurs avec nous.', 'Les Québécois détestent l’hiver.', '{G} détestent le terrorisme autant que vous.', 'Cette règle est contraire à nos valeurs, dit le conseil.'],
  },
  'not belonging here or now': {
    peoples: ['{G} n’ont pas leur place dans notre société.', '{G} n’appartiennent pas à notre pays.', '{G} n’évoluent pas.'],
    faiths: ['{G} n’a pas sa place au Québec.', '{G} appartient au passé.', '{G} appartient au Moyen Âge.', '{G} n’appartient pas au monde moderne.', '{G} est d’un autre siècle.'],
    clean: ['La charia n’a pas sa place au Québec, disent certains, mais personne ne la demande.', 'L’islam fait partie de notre pays depuis longtemps.', 'Ce terrain appartient à la Ville.', 'Ce vieux pont appartient au passé.', 'Les aînés ont leur place dans notre société.'],
  },
  'preaching or bringing evils': {
    peoples: ['{G} ramènent la criminalité.', '{G} apportent le terrorisme.', '{G} encouragent la violence.'],
    faiths: ['{G} encourage les guerres.', '{G} prône la violence.', '{G} enseigne la haine des infidèles.', '{G} justifie le terrorisme.', '{G} est une religion de violence.', '{G} est la religion de l’obscurantisme.', '{G}, c’est une idéologie de haine.', '{G} est une religion de conquête.'],
    clean: ['L’islam prône la paix et la tolérance.', 'L’islam n’encourage pas la violence.', 'C’est faux de dire que l’islam encourage la guerre.', 'Ceux qui disent que l’islam est une religion de violence n’ont jamais lu le Coran.', 'Les jeux vidéo encouragent la violence, selon certains parents.', 'Cette campagne encourage le recyclage.'],
  },
  'a danger, a problem, an evil kind': {
    peoples: ['{G} sont une menace pour l’Occident.', '{G} sont un danger pour nos enfants.', '{G} posent problème partout.', '{G} causent des problèmes.', '{G} forment une cinquième colonne.', '{G} sont tous pareils.', '{G} sont responsables de la criminalité.', '{G} ne condamnent jamais les attentats.', 'Ils nous haïssent, {g}.'],
    faiths: ['{G} est une religion barbare.', '{G} est barbare.', '{G} est mauvaise.', '{G}, c’est mal.', '{G} est un cancer pour la France.', '{G} est nuisible.', '{G} pose beaucoup de problèmes à notre société.', '{G}, c’est la guerre.', '{G} rime avec terrorisme.', '{G} est une secte.', '{G} est une idéologie politique.', '{G} n’est pas une religion.'],
    clean: ['{G} ne sont pas une menace.', '{G} ne posent aucun problème.', '{G} ne sont pas tous pareils.', 'Arrêtez de dire que {g} sont tous pareils.', 'Si {g} étaient une menace, on le saurait.', 'Le problème, ce n’est pas les immigrants, c’est le manque de logements.', 'Les immigrants sont une richesse pour le Québec.', 'Ce nid-de-poule est un danger pour les cyclistes.', 'Ce dossier pose beaucoup de problèmes au conseil.', '{G} condamnent les attentats.', '{G} ne sont pas responsables des attentats.', 'Ce parti est une secte.', 'Le conseil dit que l’hiver rime avec patience.'],
  },
  'imposing their ways, living off the system': {
    peoples: ['{G} imposent leurs règles.', '{G} imposent des règles vestimentaires aux filles.', '{G} veulent imposer la charia.', '{G} empêchent les gens de manger.', '{G} utilisent le système.', '{G} doivent partir.', '{G} doivent s’intégrer ou quitter le pays.', '{G} doivent quitter le Québec.', '{G} refusent de s’intégrer.', '{G} font trop d’enfants.', '{G} se croient en terrain conquis.', '{G} nous mentent.', '{G} mentent tout le temps.', '{G} ne travaillent pas.', 'La plupart d’entre eux, {g}, ne travaillent pas.'],
    faiths: ['{G} impose ses règles.', '{G} impose le voile aux femmes.'],
    clean: ['Les immigrants doivent partir tôt pour se rendre au travail.', 'Les enfants font trop de bruit.', '{G} ne refusent pas de s’intégrer.', 'Les réfugiés ne peuvent pas travailler tant que leur dossier n’est pas réglé.', 'Ils ne mentent pas.', 'Les étudiants étrangers doivent quitter le pays après leurs études, selon la loi.', 'Les immigrants paient des impôts comme tout le monde.', 'La Ville impose des règles de stationnement.', 'Personne ne peut imposer une religion.'],
  },
};

/** Questions and the reader's belief: counter-speech asks; a question why presupposes the claim. */
const asked = {
  hateful: ['Pourquoi les musulmans veulent-ils imposer la charia?', 'Pourquoi est-ce que l’islam prône la violence?', 'Je pense que l’islam est incompatible avec la démocratie.', 'À mon avis, les immigrés volent nos emplois.'],
  clean: ['Est-ce que les musulmans envahissent vraiment notre pays? Non.', 'Vous croyez vraiment que l’islam prône la violence?', 'Tu dis que les immigrés volent nos emplois, mais c’est faux.', 'L’islam menace-t-il vraiment notre démocratie?', 'Comment pouvez-vous dire que les musulmans imposent leurs règles?', 'Je ne pense pas que l’islam soit incompatible avec la démocratie.', 'Prétendre que l’islam encourage la guerre, c’est ignorer l’histoire.'],
};

/** Orders to kill in a book, not adapting, demands and privileges, victimhood, innate evils, moderation denied, the model member. */
const more = {
  hateful: ['Le Coran appelle au meurtre des infidèles.', 'Le Coran ordonne de tuer les juifs.', 'Le Coran est un livre de haine.', 'Les musulmans ne s’adaptent pas à notre mode de vie.', 'Les musulmans exigent des accommodements partout.', 'Les immigrés ont plus de droits que nous.', 'Les réfugiés vivent mieux que nos aînés.', 'Les musulmans se victimisent tout le temps.', 'Les musulmans crient à l’islamophobie pour tout.', 'La violence est dans l’ADN de l’islam.', 'La violence est dans leur nature, ces gens-là.', 'Il n’y a pas d’islam modéré.', 'L’islam modéré n’existe pas.', 'Les musulmans modérés n’existent pas.', 'Les musulmans ne sont pas chez eux ici.', 'Les musulmans ont une mentalité de conquérants.', 'Les immigrés ne paient pas d’impôts.', 'L’islam empoisonne notre société.', 'L’islam est le nazisme d’aujourd’hui.', 'Un bon musulman ne peut pas respecter nos lois.', 'Les femmes voilées sont soumises à leurs maris.', 'Les musulmans sont tous des islamistes en puissance.', 'Les femmes musulmanes restent chez elles.', 'Les femmes musulmanes sont des ménagères.', 'Les femmes voilées sont toutes mères au foyer.', 'Les femmes voilées ne peuvent pas travailler, elles sont prisonnières chez elles.', 'Nous voyons de plus en plus un problème musulman.'],
  clean: ['Les musulmans s’adaptent très bien à la vie québécoise.', 'Les nouveaux arrivants ne s’adaptent pas toujours facilement à l’hiver.', 'Le Coran appelle à la paix.', 'Le Coran n’ordonne pas de tuer qui que ce soit.', 'Les employés exigent des accommodements pour leurs horaires.', 'Les immigrés n’ont pas plus de droits que nous.', 'Les citoyens ont plus de droits depuis la réforme.', 'Les musulmans ne se victimisent pas, ils subissent de la discrimination.', 'La violence n’est pas dans l’ADN de l’islam.', 'La violence est dans la nature humaine, pas dans une religion.', 'L’islam modéré existe, comme le christianisme modéré.', 'La majorité des musulmans sont modérés.', 'Les musulmans sont chez eux ici.', 'Des musulmans sont plus chez eux ici que bien des citoyens.', 'Les immigrés paient des impôts comme tout le monde.', 'Un bon musulman respecte les lois du pays où il vit.', 'Un vrai musulman ne fait pas de mal aux autres.', 'Le fascisme est une menace pour nos libertés.', 'La pollution empoisonne notre société.', 'Les musulmans ne sont pas des islamistes.', 'Les touristes vivent mieux que nous en vacances.', 'Les femmes voilées ne sont pas des prisonnières.', 'Les femmes musulmanes restent chez elles pendant la tempête.', 'Les aînés restent chez eux l’hiver.', 'Il n’y a pas de problème musulman au Québec.', 'Le problème des immigrants, c’est le logement.', 'La question juive a été instrumentalisée par les nazis.'],
};

/** Québec speech, other tenses, adverbs between the verb and its object. */
const spoken = ['Les musulmans, y s’intègrent pas.', 'L’islam, ça prône la violence.', 'Ces musulmans-là nous envahissent.', 'Les musulmans ont toujours voulu nous envahir.', 'L’islam a toujours été une religion de guerre.', 'Les musulmans c’est des envahisseurs.', 'Les musulmans sont pas compatibles avec nos valeurs.', 'Les musulmans ont réussi à infiltrer nos institutions.', 'Ces gens-là ont commencé à remplacer notre culture.', 'Les musulmans imposaient déjà leurs coutumes dans les années 90.', 'L’islam imposera la charia en Europe.', 'Les musulmans respecteront jamais nos valeurs.', 'Les immigrés envahissent lentement notre pays.'];

/** Terror said to be theirs: all terrorists theirs, support for it, responsibility. */
const terror = {
  hateful: ['Tous les terroristes sont musulmans.', 'Les terroristes sont tous des immigrés.', 'Chaque musulman est un terroriste potentiel.', 'Derrière chaque musulman se cache un terroriste.', 'L’islam, c’est le terrorisme.', 'Les musulmans soutiennent le terrorisme.', 'Les musulmans applaudissent les attentats.', 'Les musulmans se réjouissent des attentats.', 'Les mosquées financent le terrorisme.', 'L’islam est responsable de tous les attentats.', 'Les immigrés sont responsables de la hausse des crimes.', 'Les musulmans sont une bombe à retardement.'],
  clean: ['Tous les terroristes ne sont pas musulmans.', 'Les terroristes ne sont pas des musulmans.', 'Les musulmans ne soutiennent pas le terrorisme.', 'Les musulmans financent des hôpitaux.', 'La plupart des criminels sont des récidivistes.', 'Les policiers protègent les victimes de la violence.', 'Les organismes soutiennent les victimes de violence conjugale.', 'Les musulmans combattent le terrorisme.'],
};

/** Calls to ban or destroy a faith, its book or places; a symbol debated as policy is no such object. */
const erase = {
  hateful: ['Il faut interdire l’islam.', 'On devrait fermer toutes les mosquées.', 'Il faudrait brûler le Coran.', 'Nous devons combattre l’islam.', 'Il faut interdire la religion musulmane.'],
  clean: ['Il ne faut pas interdire l’islam.', 'Il faut combattre l’islamophobie.', 'Il faut interdire le voile dans les écoles publiques.', 'On devrait fermer la rue pendant les travaux.', 'Il faut combattre le racisme envers les musulmans.'],
};

/** Quantities of a group stand for the group (« la plupart des… », « trop de… »). */
const quantities = ['La plupart des musulmans veulent imposer la charia.', 'Trop d’immigrants refusent de s’intégrer.', 'Beaucoup de réfugiés profitent de notre système.', 'La majorité des musulmans ne respectent pas nos lois.'];

/** Evils blamed on a group named after, our country said to become theirs. */
const blamed = {
  hateful: ['La délinquance est due aux immigrés.', 'C’est la faute des musulmans.', 'Le chômage est lié aux immigrants.', 'Le terrorisme est lié à l’islam.', 'Le Québec devient musulman.', 'La France sera islamique dans vingt ans.', 'Notre pays va devenir musulman.', 'Nous serons minoritaires chez nous.', 'Les immigrés prennent nos emplois.', 'L’islam produit des terroristes.', 'Les mosquées forment des djihadistes.', 'Les musulmans n’ont rien apporté à la civilisation.', 'L’islam traite les femmes comme des esclaves.', 'Le voile est imposé par les hommes.'],
  clean: ['Ce n’est pas la faute des musulmans.', 'La délinquance n’est pas due aux immigrés.', 'Le terrorisme n’est pas lié à l’islam.', 'C’est la faute du froid.', 'Le retard est dû aux travaux.', 'Mon voisin est devenu musulman.', 'La France ne deviendra jamais musulmane, c’est un fantasme.', 'Nous serons minoritaires au conseil après l’élection.', 'Les immigrants occupent des emplois essentiels.', 'Les immigrants prennent les emplois dont personne ne veut.', 'L’école forme des infirmières.', 'Les mosquées accueillent tout le monde.', 'Le voile n’est pas imposé par les hommes.'],
};

const symbols = {
  hateful: ['Les migrants représentent la 5e colonne.', 'Le voile islamique est un assaut pour nous.', 'Le voile est un symbole de soumission.', 'La burqa représente l’oppression des femmes.', 'Ton voile est une agression.', 'Le voile est contre la démocratie.', 'L’islam opprime les femmes.', 'Les musulmans maltraitent leurs femmes.', 'Les femmes musulmanes n’ont aucun droit.', 'Tous les attentats ont été commis par des musulmans.', 'Les attentats sont commis par des immigrés.', 'L’islamophobie est légitime.', 'Être islamophobe, c’est normal.', 'L’islamophobie, c’est bien.'],
  clean: ['Le voile n’est pas un symbole de soumission.', 'Le voile est un choix personnel.', 'Les femmes ne sont pas obligées de porter le voile.', 'Les femmes musulmanes ont les mêmes droits que les autres.', 'Tous les attentats ne sont pas commis par des musulmans.', 'La majorité des attentats sont commis par des extrémistes.', 'L’islamophobie est bien réelle au Québec.', 'L’islamophobie n’est pas normale.', 'L’islamophobie est un délit.', 'Le racisme, c’est pas normal.', 'Les musulmans sont persécutés en Chine.', 'Les femmes voilées sont discriminées à l’embauche.', 'La communauté musulmane a organisé une collecte de sang.', 'Les chrétiens aussi ont imposé leur religion pendant des siècles.', 'Selon vous, l’islam prône la violence?', 'Les musulmans célèbrent la fin du ramadan.'],
};

const hateful = (t: string): void => {
  expect(errors(t).length, t).toBeGreaterThan(0);
  expect(classifyIncoming(t), t).toBe('disrespectful');
};
const clean = (t: string): void => expect(errors(t), t).toEqual([]);

describe('claims against a religion or an origin', () => {
  for (const [name, c] of Object.entries(said)) {
    it(`${name}: said of peoples`, () => {
      for (const frame of c.peoples) for (const g of peoples) hateful(fill(frame, g));
    });
    it(`${name}: said of faiths`, () => {
      for (const frame of c.faiths) for (const g of faiths) hateful(fill(frame, g));
    });
    it(`${name}: counter-speech and ordinary senses stay clean`, () => {
      for (const frame of c.clean) for (const g of peoples.slice(0, 2)) clean(fill(frame, g));
    });
  }
  it('evils blamed on a group, our country becoming theirs', () => blamed.hateful.forEach(hateful));
  it('their clean counterparts (blame)', () => blamed.clean.forEach(clean));
  it('questions why and opinions', () => asked.hateful.forEach(hateful));
  it('yes-no questions and the reader’s belief stay clean', () => asked.clean.forEach(clean));
  it('orders in a book, privileges, innate evils, moderation denied', () => more.hateful.forEach(hateful));
  it('their clean counterparts (more)', () => more.clean.forEach(clean));
  it('Québec speech, tenses and adverbs', () => spoken.forEach(hateful));
  it('terror said to be theirs', () => terror.hateful.forEach(hateful));
  it('their clean counterparts (terror)', () => terror.clean.forEach(clean));
  it('calls to ban or destroy a faith', () => erase.hateful.forEach(hateful));
  it('their clean counterparts (calls)', () => erase.clean.forEach(clean));
  it('a quantity of the group', () => quantities.forEach(hateful));
  it('symbols, women, crimes and hostility said right', () => symbols.hateful.forEach(hateful));
  it('their clean counterparts', () => symbols.clean.forEach(clean));
});
