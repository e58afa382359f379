/**
 * The 3.2 analyser on Québec French as people write it: every category with its clean counterpart.
 * Each text is a reply on the City's account; the expectation says what a person would see:
 * - 'error': a respectful-language error (and classifyIncoming says « disrespectful »);
 * - 'warning': a professional-tone or french-language warning, no error;
 * - 'proper': a sacre word in its proper sense (sacred-object-sense), no error;
 * - 'clean': no 3.2 finding at all.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate } from '../../../src/engine/index.ts';

type Expect = 'error' | 'warning' | 'proper' | 'clean';
const RULES = new Set(['respectful-language', 'professional-tone', 'shouting', 'french-language', 'sacred-object-sense']);

const findings = (text: string) =>
  evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text }).findings.filter((f) => RULES.has(f.rule));

function verdict(text: string): Expect {
  const f = findings(text);
  if (f.some((x) => x.severity === 'error')) return 'error';
  if (f.some((x) => x.rule === 'sacred-object-sense')) return 'proper';
  if (f.length > 0) return 'warning';
  return 'clean';
}

const table: Record<string, Array<[string, Expect]>> = {
  'digits and symbols for letters': [
    ['T@b@rn@k que c’est long', 'error'],
    ['C’est de la m3rde', 'error'],
    ['0st1e de cr1sse', 'error'],
    ['$alope', 'error'],
    ['sh!t, encore fermé', 'error'],
    ['c@l!sse de chantier', 'error'],
    ['3nfoiré', 'error'],
    ['Le 3e étage est fermé', 'clean'],
    ['Le 1er mai, la piscine ouvre', 'clean'],
    ['La COVID-19 a changé nos horaires', 'clean'],
    ['Écrivez à info@v3r.net', 'clean'],
    ['Ouvert de 10h30 à 16h', 'clean'],
    ['Le formulaire 2B est en ligne', 'clean'],
    ['Suivez #TroisRivieres pour les nouvelles', 'clean'],
    ['Le prix est de 5 $ par personne', 'clean'],
  ],
  'masks': [
    ['c*****e de chantier', 'error'],
    ['f*ck', 'error'],
    ['m***e, encore fermé', 'error'],
    ['p****n de trou', 'error'],
    ['Les champs marqués * sont obligatoires', 'clean'],
    ['Composez *311 ou le 311', 'clean'],
    ['Appuyez sur # pour terminer', 'clean'],
  ],
  'letters spelled one by one': [
    ['o s t i e', 'error'],
    ['m.e.r.d.e', 'error'],
    ['c-a-l-i-s-s-e', 'error'],
    ['t a b a r n a k', 'error'],
    ['c o n n a r d', 'error'],
    ['s.v.p. appelez le 311', 'clean'],
    ['Options A, B et C', 'clean'],
    ['Il y a à faire', 'clean'],
    ['M. Tremblay et Mme Côté', 'clean'],
    ['c.-à-d. le lundi', 'clean'],
    ['Le site de l’U.Q.T.R.', 'clean'],
  ],
  'stretched letters': [
    ['ostiiiiie', 'error'],
    ['calissssse', 'error'],
    ['fuuuuuck', 'error'],
    ['merrrrde', 'error'],
    ['Merciiii beaucoup!', 'clean'],
    ['Une activité créée pour les familles', 'clean'],
    ['Ouiii, c’est ouvert', 'clean'],
    ['Bravooo aux bénévoles', 'clean'],
  ],
  'one letter missing, doubled or swapped on long words': [
    ['tabrnak', 'error'],
    ['calvairre', 'error'],
    ['ciobire', 'error'],
    ['tabarnakk', 'error'],
    ['sacramnt', 'error'],
    ['La caisse populaire est ouverte', 'clean'],
    ['Une médaille pour les bénévoles', 'clean'],
    ['La mousse au chocolat du festival', 'clean'],
    ['La chasse et la pêche sont réglementées', 'clean'],
    ['La rouille sur le pont sera enlevée', 'clean'],
    ['Le sol calcaire du parc', 'clean'],
    ['Les pneus crissent sur la glace', 'clean'],
  ],
  'joual and phonetic spellings': [
    ['Ferme-toé la yeule', 'error'],
    ['farme ta yeule', 'error'],
    ['tabarnac', 'error'],
    ['tabarnaque', 'error'],
    ['estie', 'error'],
    ['criss', 'error'],
    ['câlice', 'error'],
    ['kâlisse', 'error'],
    ['Viens-t’en, toé!', 'clean'],
    ['Moé pis toé, on y va', 'clean'],
    ['Le calicot de la fête', 'clean'],
  ],
  'inflection: plural, feminine, verb forms': [
    ['Vos ostis de cônes orange', 'error'],
    ['Des ignorants finis', 'error'],
    ['Vous êtes des imbéciles', 'error'],
    ['Espèce de niaiseuses', 'error'],
    ['Des idiotes', 'error'],
    ['Bande de connards', 'error'],
    ['Des crétines', 'error'],
    ['Ces enfoirés du conseil', 'error'],
    ['Les cônes orange sont partout', 'clean'],
    ['La crise du logement', 'clean'],
    ['Les cris des enfants au parc', 'clean'],
    ['En ignorant les consignes, on risque une amende', 'clean'],
    ['Nous n’ignorons pas vos demandes', 'clean'],
    ['La collecte des encombrants', 'clean'],
  ],
  'sacres as verbs and participles': [
    ['On va tout décâlisser ça', 'error'],
    ['Je m’en câlisse', 'error'],
    ['Il s’en crisse', 'error'],
    ['S’en crisser, c’est facile', 'error'],
    ['Tout est câlissé à terre', 'error'],
    ['Un chantier ostifié', 'error'],
    ['Ils ont décrissé', 'error'],
    ['Crissez-nous patience', 'error'],
    ['Ça va se tabarnaquer', 'error'],
    ['Le conseil a entériné le budget', 'clean'],
    ['Le déneigement est terminé', 'clean'],
  ],
  'proper senses, with adjectives between article and word': [
    ['Le vieux tabernacle de l’église est exposé au musée', 'proper'],
    ['Le magnifique calvaire du rang a été restauré', 'proper'],
    ['Le petit calvaire de bois du rang Saint-Malo', 'proper'],
    ['Le précieux ciboire de la paroisse a été retrouvé', 'proper'],
    ['L’ancien calice en argent est au musée', 'proper'],
    ['Les calvaires du chemin du Roy sont classés', 'proper'],
    ['La paroisse du Saint-Sacrement fête ses 100 ans', 'proper'],
    ['Le très beau tabernacle doré de la chapelle', 'proper'],
    ['Les fidèles reçoivent l’hostie', 'proper'],
    ['Le maudit calvaire de cônes', 'error'],
    ['Un calvaire de chantier', 'error'],
    ['Calvaire!', 'error'],
    ['Tabernacle que c’est long', 'error'],
    ['Hostie de niaiseux', 'error'],
  ],
  'negation and insults': [
    ['Vous n’êtes pas des idiots', 'clean'],
    ['Ce n’est pas une question stupide', 'clean'],
    ['Personne ici n’est imbécile', 'error'],
    ['Vous êtes des idiots', 'error'],
    ['Espèce d’idiot, c’est pas compliqué', 'error'],
    ['T’es cave ou quoi?', 'error'],
    ['On s’y attarde demain', 'clean'],
    ['Ne t’attarde pas au parc', 'clean'],
    ['Un attardé au volant', 'error'],
    ['Une sale journée pour la collecte', 'clean'],
    ['La vaisselle sale du chalet', 'clean'],
    ['Sale profiteur!', 'error'],
  ],
  'softened sacres and tone': [
    ['Tabarnouche que c’est beau', 'warning'],
    ['Mautadine, encore de la neige', 'warning'],
    ['Torrieu que l’hiver est long', 'warning'],
    ['Calvinouche!', 'warning'],
    ['Sapristi, quelle journée', 'warning'],
    ['Ben voyons donc', 'warning'],
    ['Joual vert!', 'warning'],
    ['Le joual est une variété de français', 'clean'],
    ['Le crime a été signalé à la police', 'clean'],
  ],
  'technical terms and names': [
    ['Le lien Zoom est dans l’invitation', 'clean'],
    ['Le Wi-Fi est gratuit', 'clean'],
    ['Utilisez le hashtag de la fête', 'clean'],
    ['OK merci!', 'clean'],
    ['Le formulaire PDF est sur le site Web', 'clean'],
    ['Écrivez-nous par courriel ou sur Facebook', 'clean'],
    ['La séance est diffusée en direct sur YouTube', 'clean'],
    ['Le parc Lambert et la rue Saint-Maurice', 'clean'],
  ],
  'franglais and other languages': [
    ['Le parc est open tout l’été, enjoy!', 'warning'],
    ['Check le site, see ya!', 'warning'],
    ['La fête était cool', 'warning'],
    ['El parque está abierto todo el verano.', 'error'],
    ['Der Park ist den ganzen Sommer geöffnet.', 'error'],
    ['Il parco è aperto tutta l’estate.', 'error'],
  ],
  'sexual vulgarity, ordinary words only in their sexual frames': [
    ['Les enfants aiment sucer des glaçons au parc', 'clean'],
    ['J’vais te sucer si tu me donnes ma place', 'error'],
    ['Il passe ses journées à tailler des pipes au boss', 'error'],
    ['Y pense juste à baiser des filles', 'error'],
    ['Une fille bandante de même', 'error'],
    ['Elle a un petit cul à faire bander', 'error'],
    ['Un baiser sur la joue pour la fête des Mères', 'clean'],
    ['N’oubliez pas la suce du bébé au camp de jour', 'clean'],
    ['Bander une plaie : formation en premiers soins', 'clean'],
    ['Le bébé se sucer le pouce, c’est normal', 'clean'],
    ['La pipe de grand-papa est au musée', 'clean'],
    ['Le baiser de Rodin est prêté au musée', 'clean'],
    ['Des grosses boules qui roulent dans la côte : attention!', 'clean'],
    ['Les glaçons, les enfants les sucent au soleil', 'clean'],
  ],
  'mental illness said of a group or a belief, slurs, harm wished': [
    ['Le wokisme, c’est une maladie mentale', 'error'],
    ['Les trans sont des malades mentaux', 'error'],
    ['La dépression est une maladie mentale, parlez-en à votre médecin', 'clean'],
    ['Les aînés sont plus à risque de maladie l’hiver', 'clean'],
    ['C’est vraiment le mongol de l’année', 'error'],
    ['Faut être un mongol pour stationner là', 'error'],
    ['Le barbecue mongol de la rue des Forges ouvre lundi', 'clean'],
    ['L’indécence de ces races de boue', 'error'],
    ['J’espère que tu vas avoir une MST', 'error'],
    ['J’espère que vous aurez une belle fin de semaine', 'clean'],
    ['Je vais te crucifier sur la place publique', 'error'],
    ['Les responsables mériteraient d’être pendus', 'error'],
    ['L’arbre malade mérite d’être abattu', 'clean'],
    ['On va baiser ta blonde', 'error'],
    ['Elle va se faire engrosser', 'error'],
    ['Le kiosque va sauter une semaine', 'clean'],
    ['Les femmes sont manipulatrices pis vicieuses', 'error'],
    ['Les femmes sont nombreuses au conseil cette année', 'clean'],
    ['Si tu me suces, je te donne ma place', 'error'],
    ['Le doigté du pianiste était impeccable au concert', 'clean'],
  ],
  'hatred, dismissal and sexism aimed at the reader': [
    ['Je vous méprise, toute la gang', 'error'],
    ['Va te faire voir', 'error'],
    ['Personne ne t’aime icitte', 'error'],
    ['Casse-toi, le troll', 'error'],
    ['Crève, charogne', 'error'],
    ['Je vous déteste pas, je suis juste tanné', 'clean'],
    ['Venez à la cuisine collective jeudi', 'clean'],
    ['Merci aux femmes à la cuisine collective, bénévoles depuis 20 ans', 'clean'],
    ['Retournez à la cuisine collective pour récupérer vos plats', 'clean'],
    ['Personne ne vous oblige à venir', 'clean'],
    ['Cassez-vous pas la tête, on s’en occupe', 'clean'],
    ['T’es pas doué pantoute', 'error'],
    ['Vous n’êtes pas futés', 'error'],
    ['T’es vraiment doué, bravo pour le dessin', 'clean'],
    ['Vous n’êtes pas très vite sur le déneigement', 'clean'],
    ['Il aurait dû déjà être mort, lui', 'error'],
  ],
  'a negation does not reach past a preposition': [
    ['Prends pas la tête avec ces gogols', 'error'],
    ['Je suis pas d’accord avec ces idiots', 'error'],
    ['Ce n’est pas une question idiote', 'clean'],
    ['Vous n’êtes pas des imbéciles, on le sait', 'clean'],
  ],
  'disgust aimed at someone': [
    ['Tu me dégoûtes', 'error'],
    ['Elle me donne envie de vomir', 'error'],
    ['Vous me faites pitié', 'error'],
    ['Ce manège donne envie de vomir aux enfants, attention', 'clean'],
    ['Le ménage me fait honte, je vais le refaire', 'clean'],
    ['Si vous avez envie de vomir après la baignade, consultez', 'clean'],
  ],
};

const rows = Object.entries(table).flatMap(([category, list]) => list.map(([text, expected]) => [category, text, expected] as const));

describe('3.2 on Québec French as people write it', () => {
  it('has a clean counterpart in every category', () => {
    for (const [category, list] of Object.entries(table)) {
      if (category.startsWith('franglais') || category.startsWith('softened') || category.startsWith('technical')) continue;
      expect(list.some(([, e]) => e === 'clean' || e === 'proper'), category).toBe(true);
      expect(list.some(([, e]) => e === 'error'), category).toBe(true);
    }
  });
  it.each(rows)('%s: %s', (_category, text, expected) => {
    expect(verdict(text)).toBe(expected);
    if (expected === 'error' && !/[.!?]$|parque|Park|parco/.test(text)) expect(classifyIncoming(text)).toBe('disrespectful');
    if (expected === 'clean' || expected === 'proper') expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});
