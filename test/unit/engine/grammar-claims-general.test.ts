/**
 * Claims against a religion or an origin (grammar/claims.ts) beyond the first classes: the faith and
 * its followers named other ways, taking over, killing the innocent as what « they » do, above our laws,
 * stuck in the past, unable to live with others, breeding grounds of evil, outnumbering us, evils said
 * to rise with them. Each class with its clean counterparts: negated, reported, said of others, ordinary.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

/** Followers named many ways (a plural verb follows). */
const followers = ['les musulmans', 'les disciples de Mahomet', 'les mahométans', 'les fidèles d’Allah', 'ces gens-là', 'les immigrés'];

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'taking over, refusing what is ours': {
    hateful: ['{G} veulent prendre le contrôle du pays.', '{G} vont prendre le pouvoir.', '{G} veulent transformer le Québec en califat.', '{G} veulent tout contrôler.', '{G} refusent nos lois.', '{G} rejettent nos valeurs.', '{G} bafouent nos traditions.', '{G} ont envahi l’Europe.'],
    clean: ['{G} ne rejettent pas nos valeurs.', 'Les Québécois refusent la hausse de taxes.', 'Le parti veut prendre le pouvoir en 2026.', 'Les élèves veulent tout changer dans la cour d’école.', 'Les musulmans ne veulent pas prendre le pouvoir, c’est un fantasme.'],
  },
  'outnumbering us': {
    hateful: ['{G} seront bientôt majoritaires au Québec.', '{G} vont devenir majoritaires.', '{G} vont nous dépasser en nombre.', '{G} font plein d’enfants.'],
    clean: ['Les francophones seront bientôt minoritaires à Montréal.', 'Les femmes sont majoritaires au conseil.', '{G} ne seront jamais majoritaires au Québec.'],
  },
  'killing the innocent as what they do': {
    hateful: ['{G} tuent des innocents partout.', '{G} ont massacré des chrétiens.', '{G} vont nous égorger.', '{G} veulent nous tuer.'],
    clean: ['Les terroristes tuent des innocents, musulmans compris.', '{G} ne tuent pas des innocents.', 'Les croisés ont massacré des milliers de musulmans.', 'Les ours attaquent rarement les randonneurs.'],
  },
  'above our laws, stuck in the past, unable to live with others': {
    hateful: ['{G} se croient au-dessus de nos lois.', '{G} se croient tout permis.', '{G} vivent encore au Moyen Âge.', '{G} sont restés au Moyen Âge.', '{G} ne peuvent pas vivre avec nous.', '{G} savent pas vivre avec les autres.', '{G} ne respectent rien.'],
    clean: ['Les enfants se croient tout permis pendant les vacances.', 'Personne n’est au-dessus des lois, même pas les élus.', '{G} ne se croient pas au-dessus de nos lois.', 'Le festival médiéval nous ramène au Moyen Âge.', 'Les réfugiés ne peuvent pas vivre avec leur famille tant que le dossier traîne.', 'Les réfugiés ne peuvent pas vivre en paix dans leur pays.', '{G} vivent avec nous depuis des décennies.', 'Mon chat ne respecte rien.'],
  },
  'the cause and the breeding ground of evils': {
    hateful: ['{G} sont la cause du terrorisme.', '{G} sont la source de tous les problèmes.', 'Les mosquées sont des nids de terroristes.', 'Les écoles coraniques sont des pépinières de djihadistes.', '{G} ramènent des maladies.'],
    clean: ['La pauvreté est la cause de la criminalité, pas l’immigration.', 'Les immigrants sont la source de notre prospérité.', '{G} ne sont pas la cause du chômage.', 'Les écoles sont des pépinières de talents.', 'Les mosquées ne sont pas des nids de terroristes.', 'Les Européens ont amené des maladies en Amérique.'],
  },
  'pulling the strings': {
    hateful: ['Les juifs tirent les ficelles.', 'Les juifs ont tout l’argent.', 'Les juifs contrôlent toutes les banques.'],
    clean: ['Les juifs ne contrôlent pas les médias.', 'Le maire tire les ficelles au conseil.'],
  },
  'coming here to do it (two verbs, one subject)': {
    hateful: ['{G} viennent ici pour imposer leurs règles.', '{G} arrivent pis veulent nous remplacer.', '{G} débarquent pour islamiser le pays.'],
    clean: ['Les immigrants viennent ici pour travailler.', 'Les immigrants viennent ici pour fuir la guerre.', 'Les fidèles de la paroisse nous invitent au souper.'],
  },
  'what is ours overrun by them, too many of them': {
    hateful: ['Le Québec est envahi par {g}.', 'Notre pays a été colonisé par {g}.', 'On se fait remplacer par {g}.', 'On est en train de se faire envahir par {g}.', 'Nos valeurs sont menacées par l’islam.', 'Il y a trop de musulmans au Québec.', 'Y’a ben trop d’immigrés icitte.'],
    clean: ['Le Québec n’est pas envahi par {g}.', 'Le parc est envahi par les touristes.', 'Les mosquées ont été attaquées par des islamophobes.', 'Le Québec a été colonisé par les Français.', 'Il y a trop de préjugés contre les musulmans.', 'Il n’y a pas trop d’immigrants au Québec.', 'Il y a trop de voitures dans le stationnement.', 'Nos rues sont envahies par les nids-de-poule.'],
  },
  'their goal, spreading, creeping in, turning our own against us': {
    hateful: ['Le but des musulmans est de nous remplacer.', 'L’objectif de l’islam, c’est de dominer le monde.', 'L’islam se répand comme un cancer.', '{G} s’infiltrent partout dans nos institutions.', '{G} utilisent notre démocratie pour la détruire.', '{G} se servent de nos lois contre nous.'],
    clean: ['Le but des musulmans est de vivre en paix.', 'Le plan des immigrants est de travailler et d’élever leurs enfants.', 'La rumeur se répand comme une traînée de poudre.', '{G} utilisent nos bibliothèques pour étudier.', 'L’eau s’infiltre dans nos sous-sols.'],
  },
  'no religion of peace, a word for evil': {
    hateful: ['L’islam n’a jamais été une religion de paix.', 'La religion de Mahomet n’est pas une religion d’amour.', 'L’islam veut dire soumission.'],
    clean: ['L’islam est une religion de paix.', 'Cette guerre n’a jamais été une guerre de religion.', 'Ce mot veut dire la paix.'],
  },
  'war on us, hidden aims, women forced, evils practised': {
    hateful: ['{G} nous ont déclaré la guerre.', '{G} ont déclaré la guerre à l’Occident.', 'L’islam est en guerre contre nous.', '{G} nous cachent leurs vraies intentions.', '{G} forcent leurs filles à porter le voile.', '{G} marient leurs filles de force.', '{G} pratiquent l’excision.', 'Bientôt on va tous être obligés de manger halal.', 'Nous serons forcés de porter le voile.'],
    clean: ['La Ville déclare la guerre aux nids-de-poule.', '{G} sont en guerre contre le terrorisme.', 'Le maire cache ses vraies intentions.', 'Les parents forcent leurs filles à faire du piano.', '{G} ne forcent pas leurs filles à porter le voile.', 'On sera obligés de manger le gâteau.', 'On va être obligés de se convertir au numérique.', 'Les Québécois ne seront jamais obligés de porter le voile.'],
  },
  'over two clauses: a relative clause between, a pronoun taking the faith up': {
    hateful: ['{G} qui vivent ici veulent imposer la charia.', '{G}, qui sont de plus en plus nombreux, veulent nous imposer leur mode de vie.', 'L’islam a détruit la Syrie et il va détruire l’Europe.', 'L’islam est partout. Il envahit nos écoles et nos hôpitaux.', 'Les musulmans sont arrivés en masse. Maintenant ils imposent leurs règles.'],
    clean: ['{G} qui vivent ici ne veulent pas imposer la charia.', '{G} qui sont accusés de vouloir imposer la charia sont des citoyens comme les autres.', 'Les gens qui disent que {g} veulent nous envahir sont mal informés.', '{G} qui fuient la guerre veulent juste vivre en paix.', 'L’islam est une religion de paix. Il ne menace pas notre démocratie.', 'Le Coran est un livre ancien. Il prône la paix.', 'Mon voisin est musulman. Il ne veut rien imposer.'],
  },
  'a faith and what is ours said not to go together, hostile to us, pulling strings': {
    hateful: ['L’islam et la démocratie ne peuvent pas coexister.', 'L’islam et l’Occident sont incompatibles.', 'Islam et démocratie, c’est incompatible.', 'Leur religion nous est hostile.', 'Les juifs manipulent les gouvernements.'],
    clean: ['L’islam et la démocratie ne sont pas incompatibles.', 'Certains disent que l’islam et la démocratie sont incompatibles, c’est faux.', 'Les musulmans et nos valeurs sont compatibles.', 'Le froid nous est hostile.', 'Les Chinois manipulent leur monnaie.', 'Les élus manipulent les chiffres.'],
  },
  'favoured over us, crimes and terror said to be theirs, spreading places, ghettos': {
    hateful: ['Les réfugiés reçoivent plus d’aide que nos aînés.', '{G} touchent des allocations sans travailler.', '{G} passent avant nous.', 'La plupart des criminels sont des immigrés.', 'Les prisons sont pleines de musulmans.', '{G} soutiennent Daech.', 'Les mosquées poussent partout comme des champignons.', 'Les minarets vont remplacer nos clochers.', '{G} refusent de se mélanger.', '{G} forment des ghettos.', 'Le voile est une prison pour les femmes.'],
    clean: ['Les réfugiés reçoivent plus d’aide depuis la réforme.', 'Les aînés reçoivent plus d’aide depuis la réforme.', 'Les condos poussent comme des champignons.', 'La plupart des criminels sont des récidivistes.', 'Les prisons sont pleines à craquer.', 'Les immigrants s’installent au Québec.', 'Les urgences passent avant nous.', '{G} ne touchent pas des allocations sans travailler.', 'Les policiers combattent les terroristes.', '{G} ne soutiennent pas Daech.', 'Le voile n’est pas une prison pour les femmes.'],
  },
  'evils said to rise with them': {
    hateful: ['Avec l’immigration, la criminalité explose.', 'Depuis que {g} sont arrivés, la criminalité a explosé.', 'À cause des immigrants, les vols ont doublé.'],
    clean: ['Depuis la pandémie, la criminalité a explosé.', 'Avec l’immigration, la population du Québec augmente.', 'Ce n’est pas vrai que depuis que {g} sont arrivés, la criminalité a explosé.', 'Depuis que {g} sont arrivés, la criminalité n’a pas augmenté.', 'Dire qu’avec l’immigration la criminalité explose, c’est de la désinformation.'],
  },
};

/** A faith named through its book or followers, singular verb. */
const books = {
  hateful: ['Le monde musulman veut conquérir l’Occident.', 'La population musulmane nous remplace.', 'La communauté juive contrôle les médias.', 'La diaspora musulmane veut imposer la charia.', 'Le livre saint des musulmans encourage la violence.', 'La religion des immigrés prône la haine.', 'L’islam était déjà violent.'],
  clean: ['La population musulmane a augmenté au Québec.', 'Le monde musulman célèbre le ramadan.', 'La communauté juive ne contrôle pas les médias.', 'Les policiers contrôlent le quartier.', 'Le livre saint des musulmans prône la paix.', 'Les disciples de Mahomet prient cinq fois par jour.', 'L’islam n’était pas plus violent que le christianisme.'],
};

const hateful = (t: string): void => {
  expect(errors(t).length, t).toBeGreaterThan(0);
  expect(classifyIncoming(t), t).toBe('disrespectful');
};
const clean = (t: string): void => expect(errors(t), t).toEqual([]);

describe('claims against a religion or an origin, generalised', () => {
  for (const [name, c] of Object.entries(classes)) {
    it(`${name}: said of the followers, however named`, () => {
      for (const frame of c.hateful) for (const g of frame.includes('{') ? followers : ['']) hateful(fill(frame, g));
    });
    it(`${name}: counter-speech and ordinary senses stay clean`, () => {
      for (const frame of c.clean) for (const g of frame.includes('{') ? followers.slice(0, 3) : ['']) clean(fill(frame, g));
    });
  }
  it('a question put to the reader about the claim stays clean', () =>
    ['D’où sortez-vous que les musulmans refusent de s’intégrer?', 'Où avez-vous lu que l’islam prône la violence?', 'Avez-vous des preuves que l’islam prône la violence?', 'Qui vous a dit que les immigrés volent nos emplois?'].forEach(clean));
  it('a faith named through its book or its followers', () => books.hateful.forEach(hateful));
  it('its clean counterparts', () => books.clean.forEach(clean));
});
