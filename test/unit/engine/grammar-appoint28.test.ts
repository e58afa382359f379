/**
 * Round 28 (appoint): a member of a people put in a role, a job or a task (« une femme nommée à… », « le nouveau chauffeur
 * avec un turban », « une fille qui conduit la souffleuse », « un policier de 75 ans »), mocked by a forecast or a doubt on
 * competence in the same comment (« hâte de voir comment elle va… avec ses ongles », « au moins il va pas… », « inquiétez-vous
 * pas, … 🙃 », « j'espère qu'ils ont vérifié son permis », « on est jamais trop prudent », « prier pour arriver », « c'est pour
 * ça que … jamais »). Warnings only. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, describeReading } from './grammar-helpers.ts';

const flagged = [
  // A mocking forecast: a stereotyped tool of the failure, or irony marks.
  'Une autre femme nommée aux travaux publics. Inquiétez-vous pas, les cônes orange vont être assortis à sa sacoche 🙃',
  'Nouvelle directrice des loisirs voilée. Inquiétez-vous pas, les cours de natation vont être pas mal habillés 😂',
  'Un nouveau prof français au cégep, hâte qu\'il nous explique comment on doit parler 🙃',
  'Une Autochtone engagée à la trésorerie, je gage que le budget va disparaître vite 😏',
  // « Au moins » and a failure foretold.
  'Le gars embauché au comptoir est en fauteuil roulant. Au moins il va pas se sauver quand on va chialer 🙃',
  'Un gars en chaise roulante nommé aux loisirs, au moins il nous fera pas courir',
  'Une Ukrainienne engagée comme traductrice, au moins elle va comprendre la moitié 😅',
  // A doubt on papers or competence.
  'Un immigrant engagé comme inspecteur en bâtiment, j\'espère qu\'ils ont vérifié son diplôme 😏',
  'Un Sikh engagé comme chauffeur de taxi, espérons qu\'ils ont vérifié son permis pis pas juste son turban',
  'J\'imagine qu\'elle a été engagée pour ses compétences, la nouvelle conseillère voilée, hein 😉',
  'Une Noire embauchée à l\'urbanisme. Sûrement pour ses compétences hein 😉',
  // A precaution or a prayer against the person at work.
  'Un chauffeur d\'autobus avec un turban, on est jamais trop prudent, je prends mon char',
  'Une fille au volant de la niveleuse? Je reste chez nous, on est jamais trop prudent',
  // A failure put down to them.
  'une madame de 80 ans au volant de la zamboni, ok je reste en dedans lol',
  'Une femme qui conduit le chasse-neige dans mon quartier, c\'est pour ça que les trottoirs sont jamais déneigés',
  'Des immigrants engagés aux parcs, pas surprenant que le gazon soit jamais coupé',
  'Trois Mexicains nommés au déneigement, c\'est pour ça que ça niaise autant',
  // An origin named by a place: the learned net reads it, not this reader.
  'Ah un nouveau prof arrivé direct de Paris, hâte qu\'il nous montre comment parler 🙃',
  // More of the same mechanism, other peoples and roles.
  'Une Algérienne nommée à la paie, au moins elle oubliera pas de se payer 😉',
  'Un gars en fauteuil roulant engagé comme brigadier, au moins il partira pas en courant avec les enfants 😂',
  'Une Chinoise nommée chef de la sécurité informatique, on est jamais trop prudent, changez vos mots de passe 😏',
  'Les femmes au volant des autobus, c\'est pour ça que les horaires sont jamais respectés',
  'Un Arabe engagé comme pilote d\'avion? J\'espère qu\'ils ont vérifié son permis pis pas juste sa barbe 🙃',
  'Une trans engagée au camp de jour, inquiétez-vous pas les parents, tout va bien aller 🙃',
  'Une Noire nommée directrice de la police, hâte de voir comment elle va gérer ça 😂',
];

const clean = [
  // Sincere news and praise of an appointment.
  'Bravo à la nouvelle cheffe des pompiers, hâte de la voir à l\'œuvre!',
  'Le nouveau conseiller en fauteuil roulant va enfin faire avancer l\'accessibilité',
  'Une femme nommée à la direction des travaux publics, une première à Trois-Rivières',
  'Une femme chef des pompiers! Hâte de voir comment elle va moderniser le service, bravo',
  'Nouvelle brigadière avec un hijab devant l\'école, les enfants l\'adorent déjà',
  'Un chauffeur d\'autobus avec un turban m\'a aidé avec ma poussette, merci!',
  'Une fille au volant de la niveleuse, elle fait ça mieux que bien des gars 💪',
  'Les femmes qui conduisent les chasse-neige font un travail incroyable la nuit',
  'Un immigrant engagé comme inspecteur, il avait 20 ans d\'expérience dans son pays',
  'Le nouveau policier de 60 ans est le plus en forme de sa cohorte',
  'Nouveau prof arrivé de France au cégep, hâte qu\'il commence ses cours de philo',
  'Inquiétez-vous pas, la nouvelle directrice a 20 ans d\'expérience dans le domaine',
  'Une Ukrainienne engagée comme traductrice à la Ville, au moins les familles vont pouvoir se faire comprendre',
  'Le nouveau préposé est en fauteuil roulant. Au moins la Ville donne l\'exemple',
  'Une femme chauffeuse d\'autobus, j\'espère qu\'il y en aura plus comme elle',
  'Les femmes au volant des autobus, c\'est pour ça que le service s\'est amélioré',
  // A sincere worry, with no people (a thing, the vehicle, the weather).
  'Nouveau chauffeur à la STTR, j\'espère qu\'ils ont vérifié les freins de l\'autobus',
  'J\'espère qu\'ils ont vérifié son permis, le chauffeur qui a embouti mon char hier',
  'Un nouveau chauffeur de souffleuse dans ma rue, ok je reste en dedans le temps qu\'il passe, on est jamais trop prudent',
  'Le chasse-neige passe jamais dans ma rue, c\'est pour ça que je chiale',
  // Care for one's own.
  'Ma mère de 80 ans est bénévole à la bibliothèque, au moins elle sort de la maison 🙂',
  // Counter-speech and negation.
  'C\'est pas parce qu\'une femme est nommée chef des pompiers qu\'elle va moins bien faire, arrêtez les préjugés',
  'Les commentaires sexistes sur la nouvelle cheffe, genre « hâte de voir comment elle va éteindre les feux », c\'est honteux',
  'Le nouveau conseiller en diversité a été engagé pour ses compétences, il a 15 ans d\'expérience',
  'Une femme voilée engagée à la clinique, c\'est une bonne nouvelle pour le quartier',
  'Une autre femme nommée au conseil d\'administration, félicitations, hâte de voir ses projets',
];

describeReading('round 28 (appoint): a member of a people in a role, mocked by a forecast, warns', flagged, clean, { flaggedMayWarn: true, cleanNotDisrespectful: true });

// The learned net's doubt on counter-speech (before this round too; this reader leaves it clean): never an error.
describeKnownDoubts(['Une femme nommée au génie, pis non inquiétez-vous pas, elle connaît ça mieux que vous']);

// One's own relative set in a task, with a precaution (a guard for « ma fille », « mon chum » was left out for the size budget).
// One's own family at the wheel is care (second read: these warned before).
describeReading('appoint28: own relatives stay clean', [], [
  'Ma fille conduit la souffleuse du voisin, on est jamais trop prudent avec les gants pis la tuque',
  'Mon chum conduit le chasse-neige de la ville cet hiver, au moins il va être payé pour pelleter 😅',
]);

// What the size budget left out.
describe('round 28 (appoint): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each([
    'Une femme nommée chef du garage municipal? Ben hâte de voir comment elle va changer les pneus avec ses ongles 💅',
    // A prayer against the person at work (« prier pour arriver »).
    'Un autobus conduit par une femme voilée, faut juste prier pour arriver en un morceau 😅',
    'Un Sikh au volant de l\'autobus scolaire, les parents vont prier pour que les enfants arrivent 😅',
    // Ages are no people for the hints (hint.ts); props of a stereotype without an emoji (« son rouge à lèvres »), a hope
    // (« espérons que »), papers doubted without a sign, and « va falloir » were left out to stay within the size budget.
    'Une fille chef d\'équipe aux égouts, hâte de voir comment elle va déboucher ça avec son rouge à lèvres',
    'Un Haïtien nommé directeur des finances, va falloir recompter la caisse tous les soirs 😉',
    'Le nouveau médecin de la clinique porte la kippa, espérons qu\'il soigne pas juste ceux qui paient cash 😏',
    'Un nouveau policier de 72 ans, au moins il courra pas après personne 😂',
    'Nouvelle brigadière avec un hijab devant l\'école, j\'espère qu\'ils ont vérifié ses papiers',
    'Une femme pompière? Faut-tu prier pour se rendre à l\'hôpital vivant?',
    // Round 29: the learned net retrained on the grown lexicon (bibittes, weeds, nausea) no longer doubts this one.
    'les femmes qui conduisent les camions de vidanges, c\'est pour ça que mon bac est jamais vidé',
  ])('%s', (text) => {
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
