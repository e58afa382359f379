/**
 * Hate asked as a question (3.2, grammar/question.ts): a rhetorical question asserts what it seems to
 * ask (« Qui voudrait d’un … comme voisin ? », « À quoi servent les … ? »). Each row pairs such a
 * question (flagged on a City reply and classified « disrespectful ») with a real question of the same
 * shape: another verb, a negation, the group inside another noun phrase, an answer right after.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, errors, tone } from './grammar-helpers.ts';

/** [rhetorical question against a group (flagged), a real or defending question (clean)] */
const questions: ReadonlyArray<readonly [string, string]> = [
  ['Pourquoi les immigrants sont-ils tous si paresseux ?', 'Pourquoi les immigrants sont-ils si souvent mal payés ?'],
  ['Pourquoi les musulmans sont toujours aussi violents?', 'Pourquoi les musulmans sont-ils souvent victimes de préjugés?'],
  ['Pourquoi les femmes sont-elles si stupides ?', 'Pourquoi les femmes sont-elles moins bien payées ?'],
  ['Comment ça se fait que les Haïtiens sont tous des voleurs ?', 'Comment ça se fait que les Haïtiens attendent si longtemps pour leur permis ?'],
  ['Les Arabes ne sont-ils pas tous des menteurs ?', 'Les Arabes ne sont-ils pas nos voisins comme les autres ?'],
  ['Les trans sont-tu pas des malades mentaux ?', 'Les trans ont-tu accès à la clinique ?'],
  ['Qui voudrait d’un musulman comme voisin ?', 'Qui voudrait parrainer une famille de réfugiés cet hiver ?'],
  ['Qui voudrait vivre à côté d’une gang de réfugiés ?', 'Qui voudrait aider une famille syrienne à déménager ?'],
  ['Qui engagerait un handicapé, franchement ?', 'Qui engage des personnes handicapées dans la région ?'],
  ['Qui a envie d’avoir des Noirs dans son quartier ?', 'Qui a envie de participer à la fête du quartier avec les familles noires ?'],
  ['Est-ce que quelqu’un aime vraiment les juifs ?', 'Est-ce que quelqu’un connaît un bon traiteur juif ?'],
  ['Y a-tu quelqu’un qui aime les gais pour vrai ?', 'Y a-tu quelqu’un qui connaît l’association des gais de la Mauricie ?'],
  ['Quelqu’un peut-il vraiment faire confiance à un Arabe ?', 'Quelqu’un peut-il aider une famille arabe à remplir le formulaire ?'],
  ['À quoi servent les autochtones ?', 'À quoi servent les fonds versés aux communautés autochtones ?'],
  ['À quoi ça sert, les immigrants ?', 'À quoi sert le programme d’accueil des immigrants ?'],
  ['Ça sert à quoi, des vieux ?', 'Ça sert à quoi, le centre de jour pour les aînés ?'],
  ['Combien de temps encore va-t-on tolérer les musulmans ici ?', 'Combien de temps encore va-t-on tolérer le racisme envers les musulmans ?'],
  ['Jusqu’à quand on va endurer les réfugiés ?', 'Jusqu’à quand les réfugiés vont-ils attendre leurs papiers ?'],
  ['Combien de temps va-t-on encore supporter ces immigrants ?', 'Combien de temps les immigrants doivent-ils attendre pour la carte soleil ?'],
  ['Pourquoi on accepte encore des Haïtiens au Québec ?', 'Pourquoi on n’accueille pas plus d’Haïtiens au Québec ?'],
  ['Pourquoi on laisse les trans enseigner à nos enfants ?', 'Pourquoi on ne laisse pas les trans utiliser le vestiaire ?'],
  ['Pourquoi est-ce qu’on devrait respecter les gais ?', 'Comment mieux respecter les gais au travail ?'],
  ['Depuis quand les femmes ont le droit de parler ?', 'Depuis quand les femmes ont le droit de vote au Québec ?'],
  ['Qui peut bien aimer les juifs ?', 'Qui peut m’aider à organiser la fête juive du quartier ?'],
  ['Pourquoi les Noirs sont incapables de travailler ?', 'Pourquoi les Noirs sont-ils plus souvent interpellés par la police ?'],
  ['Quand est-ce qu’on se débarrasse des réfugiés ?', 'Quand est-ce que les réfugiés arrivent à Trois-Rivières ?'],
  ['C’est quoi l’utilité des handicapés, au juste ?', 'C’est quoi l’horaire du transport adapté pour les handicapés ?'],
  ['Pourquoi faudrait-il accepter des musulmans chez nous ?', 'Pourquoi faudrait-il refuser des musulmans chez nous ?'],
  ['Qui a besoin des féministes ?', 'Qui a besoin d’aide pour l’inscription au camp de jour ?'],
  ['Y a-t-il un seul Arabe honnête ?', 'Y a-t-il un interprète arabe au bureau ?'],
  ['Existe-t-il un musulman qui ne soit pas violent ?', 'Existe-t-il un lieu de prière pour les musulmans au centre-ville ?'],
  ['Avez-vous déjà vu une femme intelligente ?', 'Avez-vous déjà vu une femme pompière au Québec ?'],
  ['T’as déjà vu un immigrant travailler ?', 'T’as déjà vu un immigrant ouvrir une entreprise ici ?'],
  ['Les gais, ça vaut quoi au juste ?', 'Les gais, ça vous dérange tant que ça ?'],
  ['Pourquoi devrait-on engager des femmes ?', 'Pourquoi devrait-on refuser d’engager des femmes ?'],
  ['À quoi bon éduquer les filles ?', 'À quoi sert l’école pour les filles dans le quartier ?'],
  ['Les Noirs sont-ils vraiment des humains ?', 'Les Noirs ne sont-ils pas des citoyens comme les autres ?'],
  ['Qui a déjà rencontré un autochtone qui travaille ?', 'Qui a déjà rencontré les aînés de la résidence ?'],
  ['Pourquoi les musulmans puent autant ?', 'Pourquoi les musulmans jeûnent pendant le ramadan ?'],
  ['Comment peut-on laisser des gais adopter des enfants ?', 'Comment peut-on aider des gais à adopter des enfants ?'],
  ['On va-tu les endurer encore longtemps, les immigrés ?', 'On va-tu les aider encore longtemps, les sinistrés ?'],
  ['Qui pourrait bien vouloir d’une femme comme patronne ?', 'Qui pourrait bien vouloir d’une femme comme patronne ? Moi, sans hésiter.'],
  ['Quelqu’un connaît-il un réfugié utile ?', 'Quelqu’un connaît-il un réfugié qui cherche un logement ?'],
  ['Qui aurait envie de vivre avec des Arabes ?', 'Qui aurait envie de souper avec des Arabes du quartier ?'],
  ['Qui a déjà vu un Haïtien honnête ?', 'Qui a déjà vu un Haïtien jouer au hockey ?'],
  ['Est-ce que quelqu’un veut vraiment des réfugiés dans sa rue ?', 'Est-ce que quelqu’un veut jouer au soccer avec des réfugiés samedi ?'],
  ['Pourquoi les lesbiennes sont-elles toutes aussi laides ?', 'Pourquoi les lesbiennes ont-elles leur propre défilé ?'],
  ['Ça vous tente vraiment d’avoir des musulmans comme voisins ?', 'Ça vous tente d’avoir des musulmans comme voisins ? Venez à la fête.'],
  ['Pourquoi est-ce qu’on devrait respecter les gais ?', 'Pourquoi est-ce qu’on devrait respecter les gais ? Parce que ce sont des humains comme nous.'],
  ['Voulez-vous sérieusement des immigrés dans votre rue ?', 'Voulez-vous des immigrés dans votre comité ? Écrivez-nous.'],
  ['Jusqu’à quand va-t-on nourrir les réfugiés ?', 'Jusqu’à quand les réfugiés peuvent-ils s’inscrire au programme ?'],
  ['Qui oserait louer un logement à des Haïtiens ?', 'Qui loue des logements aux familles haïtiennes du quartier ?'],
  // A second set, written after the mechanism, to check that it generalises.
  ['Qui aimerait avoir un Haïtien comme beau-frère ?', 'Qui aimerait avoir un beau-frère qui joue du piano ?'],
  ['Franchement, qui ferait confiance à une personne trans ?', 'Franchement, qui ferait confiance à ce garagiste ?'],
  ['Qui embaucherait une femme voilée ?', 'Qui embaucherait des étudiants pour l’été ?'],
  ['Y a quelqu’un qui veut vraiment des Africains dans son quartier ?', 'Y a quelqu’un qui veut du gâteau ?'],
  ['Est-ce que quelqu’un peut supporter les Chinois ?', 'Est-ce que quelqu’un peut aider les Chinois du quartier avec leur déménagement ?'],
  ['Qui peut bien endurer les Roms ?', 'Qui peut bien endurer ce froid-là ?'],
  ['À quoi ils servent, les réfugiés ?', 'À quoi servent les programmes pour les réfugiés ?'],
  ['Les handicapés, ça sert à quoi dans une société ?', 'Ça sert à quoi, ce bouton sur le site ?'],
  ['C’est quoi le but des féministes, au juste ?', 'C’est quoi le but de la rencontre avec les féministes du comité ?'],
  ['Ça donne quoi d’accueillir des Syriens ?', 'Ça donne quoi de remplir le formulaire en ligne ?'],
  ['Pourquoi on continue d’accueillir des musulmans ?', 'Pourquoi on n’accueille pas plus de Syriens ?'],
  ['Pourquoi la Ville engage encore des immigrants ?', 'Pourquoi la Ville n’engage pas plus d’immigrants ?'],
  ['Pourquoi faut-il toujours accommoder les juifs ?', 'Pourquoi faut-il toujours remplir trois formulaires ?'],
  ['Comment peut-on tolérer des gais dans nos écoles ?', 'Comment peut-on mieux accueillir les gais dans nos écoles ?'],
  ['Pourquoi devrais-je payer pour les autochtones ?', 'Pourquoi devrais-je payer pour le stationnement ?'],
  ['Pourquoi on garde les réfugiés ici ?', 'Pourquoi on ne garde pas les réfugiés plus longtemps dans le programme ?'],
  ['Combien de temps on va devoir endurer les Arabes ?', 'Combien de temps les Arabes doivent-ils attendre pour leurs papiers ?'],
  ['Jusqu’à quand allons-nous supporter les immigrés ?', 'Jusqu’à quand les immigrés peuvent-ils s’inscrire ?'],
  ['Ça va durer encore longtemps, les réfugiés partout ?', 'Ça va durer encore longtemps, les travaux sur la rue ?'],
  ['Y a-t-il une seule femme compétente en politique ?', 'Y a-t-il une femme candidate dans le district ?'],
  ['Connaissez-vous un seul musulman pacifique ?', 'Connaissez-vous un musulman qui voudrait parler à la fête interculturelle ?'],
  ['Avez-vous déjà rencontré un Rom honnête ?', 'Avez-vous déjà rencontré le nouveau directeur ?'],
  ['As-tu déjà vu un autochtone sobre ?', 'As-tu déjà vu un autochtone jouer de la crosse ?'],
  ['Quelqu’un a-t-il déjà vu un immigré payer ses impôts ?', 'Quelqu’un a-t-il déjà vu un immigré au comité de quartier ?'],
  ['Les Noirs sont-ils seulement capables de réfléchir ?', 'Les Noirs sont-ils plus souvent interpellés que les Blancs ?'],
  ['Les femmes sont-elles vraiment intelligentes ?', 'Les femmes sont-elles assez nombreuses au conseil ?'],
  ['Est-ce que les trans sont vraiment des êtres humains ?', 'Est-ce que les trans ont accès aux vestiaires ?'],
  ['Depuis quand les immigrants peuvent-ils voter ?', 'Depuis quand les immigrants peuvent-ils voter au municipal ? Depuis qu’ils sont citoyens.'],
  ['Depuis quand les femmes ont le droit de donner leur avis ?', 'Depuis quand les femmes ont le droit de vote au Québec ?'],
  // A third set (joual, other groups and verbs).
  ['Qui voudrait vraiment marier une musulmane ?', 'Qui voudrait marier sa blonde cet été ?'],
  ['Ça te tenterait d’avoir un gang d’Haïtiens à côté de chez vous ?', 'Ça te tenterait de souper avec des Haïtiens ?'],
  ['Qui ferait garder ses enfants par un gai ?', 'Qui ferait garder ses enfants par une gardienne ?'],
  ['Y a-tu du monde qui aiment ça, les BS ?', 'Y a-tu du monde qui aiment le hockey ?'],
  ['Kessé ça donne d’engager des immigrants ?', 'Kessé ça donne de remplir le formulaire ?'],
  ['Ça sert à quoi au juste, les féministes ?', 'Ça sert à quoi au juste, ce comité-là ?'],
  ['C’est quoi l’utilité des trans dans la société ?', 'C’est quoi l’horaire du centre pour les trans ?'],
  ['Combien de temps encore faut-il endurer les musulmans ?', 'Combien de temps encore faut-il endurer les travaux ?'],
  ['Jusqu’à quand faudra-t-il supporter les Arabes ?', 'Jusqu’à quand faudra-t-il attendre le permis ?'],
  ['Pourquoi on continue de payer pour les réfugiés ?', 'Pourquoi on continue de payer pour le stade ?'],
  ['Pourquoi la Ville accueille encore des immigrants ?', 'Pourquoi la Ville accueille des réfugiés ? Parce que c’est la loi.'],
  ['Pourquoi devrait-on faire confiance aux Noirs ?', 'Pourquoi devrait-on faire confiance au nouveau système ?'],
  ['Comment peut-on accepter des trans dans l’armée ?', 'Comment peut-on aider des trans à trouver un emploi ?'],
  ['Y a-tu un seul BS qui travaille ?', 'Y a-tu un seul autobus qui passe le dimanche ?'],
  ['Connais-tu une seule féministe intelligente ?', 'Connais-tu une féministe qui voudrait parler à l’école ?'],
  ['As-tu déjà croisé un Arabe honnête ?', 'As-tu déjà croisé un Arabe au marché ?'],
  ['Les Autochtones sont-ils vraiment capables de se gouverner ?', 'Les autochtones sont-ils représentés au conseil ?'],
  ['Les immigrants sont-ils vraiment des êtres humains comme nous ?', 'Les immigrants sont-ils admissibles au programme ?'],
  ['Qui peut sérieusement aimer les Juifs ?', 'Qui aime ça, les Italiens ? Moi !'],
  ['Est-ce qu’il y a quelqu’un qui fait confiance aux Roms ?', 'Est-ce qu’il y a quelqu’un qui connaît les Roms du quartier ?'],
];

const flagged = (text: string): boolean => tone(text).length > 0 && classifyIncoming(text) === 'disrespectful';

/** Real questions the learned net still doubts (session 17, its question-mark feature): never an error; kept below as known doubts. */
// (Round 29: the learned net retrained on the grown lexicon no longer doubts « Pourquoi devrait-on refuser d’engager des femmes ? ».)
const DOUBTED = new Set<string>();
describe('hate asked as a question is flagged; real questions of the same shape are not', () => {
  for (const [hate, clean] of questions) {
    it(`flags « ${hate} »`, () => expect(flagged(hate)).toBe(true));
    it(`leaves « ${clean} » clean`, () => {
      expect(errors(clean)).toEqual([]);
      if (!DOUBTED.has(clean)) expect(classifyIncoming(clean)).not.toBe('disrespectful');
    });
  }
});
if (DOUBTED.size > 0) describeKnownDoubts([...DOUBTED]);

/** [the speaker's view asked for agreement (flagged), a real or counter-speech question of the same shape (clean)] */
const agreement: ReadonlyArray<readonly [string, string]> = [
  ['Vous ne trouvez pas que les immigrants sont des parasites ?', 'Vous ne trouvez pas que les immigrants enrichissent le quartier ?'],
  ['Tu trouves pas que les musulmans sont violents ?', 'Tu trouves pas ça raciste de dire que les Noirs sont des voleurs ?'],
  ['Suis-je le seul à penser que les femmes sont stupides ?', 'Je suis la seule à trouver que les réfugiés sont courageux ?'],
  ['Qui d’autre pense que les Noirs sont des voleurs ?', 'Qui d’autre pense que les immigrants enrichissent la ville ?'],
  ['N’est-il pas évident que les réfugiés sont des parasites ?', 'N’est-il pas évident que les réfugiés ont besoin d’aide ?'],
  ['Vous croyez pas que les juifs sont des rats ?', 'Vous croyez pas qu’il serait temps d’arrêter de dire que les musulmans sont des terroristes ?'],
  ['On s’entend-tu que les Arabes sont des terroristes ?', 'On s’entend-tu que les Arabes du quartier cuisinent bien ?'],
  ['Est-ce que je suis le seul qui trouve que les Haïtiens puent ?', 'Est-ce que je suis le seul qui trouve que les Haïtiens sont accueillants ?'],
  ['Pourquoi personne ose dire que les musulmans sont dangereux ?', 'Pourquoi personne ne dénonce ceux qui disent que les trans sont des malades ?'],
  ['Pourquoi on peut plus dire que les femmes sont inférieures ?', 'Pourquoi dire que les femmes sont stupides ?'],
  ['Tu penses pas que les autochtones sont des paresseux ?', 'Tu crois pas que t’exagères un peu en disant que les Arabes sont des terroristes ?'],
  ['Avez-vous remarqué que les musulmans sont tous des menteurs ?', 'Avez-vous remarqué que les musulmans du quartier organisent une collecte ?'],
  ['Est-ce que c’est moi ou les Arabes sont tous des voleurs ?', 'Pourquoi certains disent encore que les gais sont des malades ?'],
  ['Y a-tu juste moi qui trouve que les gais sont dégueulasses ?', 'Pourquoi tu dis que les immigrants sont des parasites ?'],
];

describe('a view asked for agreement is the speaker’s (« tu trouves pas que… ? », « pourquoi on peut plus dire que… ? »)', () => {
  for (const [hate, clean] of agreement) {
    it(`flags « ${hate} »`, () => expect(flagged(hate)).toBe(true));
    it(`leaves « ${clean} » clean`, () => {
      expect(errors(clean)).toEqual([]);
      expect(classifyIncoming(clean)).not.toBe('disrespectful');
    });
  }
});

/** Real questions, and questions that defend the group or doubt a prejudice: no error, never « disrespectful ». */
const defending: readonly string[] = [
  'Est-ce que les immigrants ont droit au programme ?',
  'Pourquoi les aînés sont-ils moins bien servis ?',
  'Pourquoi les gens détestent-ils les immigrants ?',
  'Qui a dit que les femmes étaient faibles ?',
  'Les gais ne méritent-ils pas le respect ?',
  'Pourquoi traiter les réfugiés de parasites ?',
  'Comment peut-on encore croire que les Noirs sont inférieurs ?',
  'Qui peut bien haïr les enfants réfugiés ?',
  'Qui voudrait faire du mal à une famille musulmane ?',
  'Pourquoi s’en prendre aux personnes trans ?',
  'Depuis quand les immigrants sont des criminels ?',
  'Combien de temps va-t-on tolérer le racisme contre les autochtones ?',
  'Qui n’aimerait pas avoir des voisins aussi gentils que les Haïtiens ?',
  'Y a-t-il une seule preuve que les réfugiés sont dangereux ?',
  'Les femmes ne sont-elles pas aussi compétentes que les hommes ?',
  'Existe-t-il un seul pays sans immigrants ?',
  'Qui a peur des musulmans, franchement ?',
  'Pourquoi on accueille les réfugiés ? Parce que c’est notre devoir.',
  'Pourquoi avoir peur des gais ?',
  'Qui a encore peur des trans en 2024 ?',
  'Est-ce que quelqu’un aime vraiment les lundis ?',
  'À quoi sert la bibliothèque pour les nouveaux arrivants ?',
  'Qui voudrait engager un étudiant cet été ?',
  'Jusqu’à quand va-t-on endurer les nids-de-poule ?',
  // Citizens’ questions about services that name a group (a condition, a comparison or information after them).
  'Qui veut des billets pour le spectacle des aînés ?',
  'Pourquoi on paie pour les aînés et pas pour les familles ?',
  'Pourquoi la Ville engage des étudiants l’été ?',
  'Qui voudrait accueillir des étudiants étrangers cet automne ?',
  'À quoi servent les subventions pour les nouveaux arrivants ?',
  'Combien de temps les immigrants doivent-ils attendre pour un logement social ?',
  'Est-ce que quelqu’un aime vraiment la nouvelle piste cyclable ?',
  'Y a-t-il un seul stationnement gratuit au centre-ville ?',
  'Avez-vous déjà vu une femme maire à Trois-Rivières ?',
  'Pourquoi on accueille des réfugiés ukrainiens et pas syriens ?',
  'Qui aimerait parrainer une famille de réfugiés ?',
  'Qui embaucherait des personnes handicapées si la Ville offrait une subvention ?',
  'Pourquoi faut-il aider les sans-abri l’hiver ?',
  'Jusqu’à quand les réfugiés peuvent-ils rester au centre d’hébergement ?',
  'Pourquoi la Ville finance-t-elle le festival autochtone ?',
  'Connaissez-vous une famille immigrante qui aurait besoin d’un vélo ?',
  'Existe-t-il un programme pour les femmes entrepreneures ?',
  'Qui voudrait louer un logement à une famille réfugiée ? Le programme paie le premier mois.',
  'Est-ce que quelqu’un veut aider les aînés à pelleter ?',
  'Pourquoi les jeunes n’ont plus de maison de jeunes ?',
];

describe('real and defending questions stay clean', () => {
  for (const text of defending) {
    it(`leaves « ${text} » clean`, () => {
      expect(errors(text)).toEqual([]);
      expect(classifyIncoming(text)).not.toBe('disrespectful');
    });
  }
});

/**
 * A claim asked back and denied at once is echoed, not made (grammar/question.ts, deniedQuestions):
 * at most a question of tone. [echo denied (no error, not « disrespectful »), the same claim confirmed (error)]
 */
const echoes: ReadonlyArray<readonly [string, string]> = [
  ['Un danger, les Grecs? Voyons donc.', 'Un danger, les Grecs? Évidemment.'],
  ['Des parasites, les immigrants ? Franchement, non.', 'Des parasites, les immigrants ? Ben oui.'],
  ['Les musulmans sont des terroristes? Ben voyons.', 'Les musulmans sont des terroristes. Tout le monde le sait.'],
  ['Tous des voleurs, les Haïtiens ? Pantoute.', 'Tous des voleurs, les Haïtiens. Point final.'],
  ['Les femmes sont stupides? Non mais quelle question.', 'Les femmes sont stupides? Oui, je l’ai toujours dit.'],
];

describe('a claim asked back and denied is counter-speech', () => {
  it.each(echoes)('« %s » is no error; « %s » is', (denied, confirmed) => {
    expect(errors(denied)).toEqual([]);
    expect(classifyIncoming(denied)).not.toBe('disrespectful');
    expect(errors(confirmed).length, confirmed).toBeGreaterThan(0);
  });
});
