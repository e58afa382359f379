/**
 * Issue 12 on real text, second pass: classes of hateful, abusive and threatening sentences that
 * people write and the engine used to miss, each beside clean sentences that share its words. A
 * flagged sentence gets a 3.2 error on a City reply AND makes a received comment « disrespectful »;
 * a clean one gets neither. Figures of speech are not emergencies, real emergencies still are.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const flags = (text: string): void => {
  expect(errors(text).length, `3.2 error on « ${text} »`).toBeGreaterThan(0);
  expect(classifyIncoming(text)).toBe('disrespectful');
};
const clean = (text: string): void => {
  expect(errors(text).map((f) => text.slice(f.span?.start, f.span?.end))).toEqual([]);
  expect(classifyIncoming(text)).not.toBe('disrespectful');
};

/** Each class: sentences that must be flagged, and sentences with the same words that must not. */
const classes: Record<string, { flagged: string[]; clean: string[] }> = {
  'crimes said of a whole group, without a complement': {
    flagged: [
      'Les immigrés volent pis violent, c’est connu',
      'Les musulmans pillent et égorgent',
      'les réfugiés volent partout',
      'Ils volent, ces migrants-là',
      'Les arabes font la loi dans ce quartier-là',
    ],
    clean: [
      'Les cyclistes violent le code de la route au coin de la rue',
      'Les oiseaux migrateurs volent vers le sud en octobre',
      'Les immigrés ne volent pas, ils travaillent comme tout le monde',
      'Dire que les immigrés volent, c’est du racisme',
      'Des vélos ont été volés au parc Pie-XII hier soir',
    ],
  },
  'copulas in the subjunctive, « tout / chaque » + person': {
    flagged: ['Faut-il que les musulmans soient tous des terroristes', 'Tout individu noir est un voleur', 'Chaque immigrant est un profiteur'],
    clean: ['Il faut que les aînés soient bien informés', 'Toute personne handicapée peut demander une vignette', 'Chaque citoyen est invité à la consultation'],
  },
  'violence and looks ascribed to a group': {
    flagged: ['Les musulmans sont violents et haineux', 'Les femmes d’ici sont moches', 'Les jeunes sont agressifs pis violents'],
    clean: ['Les chiens agressifs doivent être tenus en laisse', 'Les jeunes ne sont pas violents', 'Les orages violents sont prévus ce soir'],
  },
  'conspiracy tropes and crimes ascribed to a group': {
    flagged: ['Les juifs contrôlent les médias', 'Les juifs nous contrôlent', 'Les musulmans font tous les attentats', 'La Shoah est un mensonge'],
    clean: ['Les employés contrôlent le stationnement du centre-ville', 'Les cols bleus contrôlent la qualité de l’eau', 'La Shoah est un crime contre l’humanité'],
  },
  'calls to exclude or kill, even without a verb of wishing': {
    flagged: ['Expulser les immigrés!', 'Déporter tous les musulmans', 'Il faut exterminer ces terroristes', 'On devrait pendre tous les violeurs'],
    clean: [
      'Il faut abattre ces arbres malades avant l’hiver',
      'Il faut brûler les vieux papiers dans un endroit sécuritaire',
      'Jeter les vieux pneus à l’écocentre',
      'Accueillir les réfugiés est un devoir',
      'Renvoyer les citoyens au 311 pour les requêtes',
      'Il ne faut pas tuer ces criminels, il faut les juger',
    ],
  },
  'oaths, held shouts and abbreviations': {
    flagged: ['Mais bordel, allez-vous le déneiger ce trottoir', 'Ostiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiie que c’est long', 'tg le troll', 'Va te faire foutre avec ton permis', 't’as un qi de moule'],
    clean: ['C’est le bordel sur la rue Royale avec les travaux', 'Quel bordel, ce chantier-là', 'Merciiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii pour le déneigement'],
  },
  'blows promised, help offered': {
    flagged: ['Je vais te donner une bonne claque', 'M’as te sacrer un bon coup de poing'],
    clean: ['On va vous donner un coup de main demain matin', 'Je vais vous donner un coup de fil cet après-midi', 'Elle va te donner un bon conseil'],
  },
  'slurs and labels that are listed insults': {
    flagged: ['Retourne au bled, blédard', 'Le contribuable paie pour des cassos comme toi', 'On dirait que t’es un mongol'],
    clean: ['Le barbecue mongol du festival est complet', 'On dirait qu’il va pleuvoir'],
  },
};

describe('classes of real text: flagged on a City reply and « disrespectful » when received', () => {
  for (const [name, { flagged }] of Object.entries(classes)) {
    it.each(flagged)(`${name}: « %s »`, (text) => flags(text));
  }
});

describe('their clean counterparts: no 3.2 error, not « disrespectful »', () => {
  for (const [name, { clean: ok }] of Object.entries(classes)) {
    it.each(ok)(`${name}: « %s »`, (text) => clean(text));
  }
});

describe('crimes said of every kind of group', () => {
  const groups = ['les immigrants', 'les Arabes', 'les Noirs', 'les musulmans', 'les Haïtiens', 'les réfugiés', 'les Autochtones', 'les BS'];
  const frames = ['{G} volent pis pillent', '{G} violent', '{G} égorgent', 'Ah ben {g} volent encore'];
  for (const g of groups) for (const f of frames) it(fill(f, g), () => flags(fill(f, g)));
});

describe('figures of speech and past events are not emergencies in progress', () => {
  it.each([
    'Ça fume dans mes mentions ce matin',
    'Il s’est fait poignarder dans le dos par son propre parti',
    'Je l’ai effacé par accident, désolé',
    'Attention au retour de flamme après cette décision',
    'Une série d’agressions a été rapportée l’été dernier',
    'L’armée canadienne défilera samedi',
    'Imagine tu te fais tabasser par un mascotte',
    'Excuse-moi si je t’ai blessé avec mon commentaire',
    'Un ex-policier condamné pour agression au couteau',
  ])('« %s »', (text) => expect(classifyIncoming(text)).not.toBe('emergency-report'));
});

describe('real emergencies are still emergencies', () => {
  it.each([
    'Ça fume dans le sous-sol de mon voisin!',
    'Quelqu’un se fait agresser au coin de la rue des Forges',
    'Une femme armée se promène dans le parc',
    'Un homme armé devant l’école',
    'Un enfant se noie au quai',
    'Y a deux gars qui se battent, un a un couteau',
    'Mon voisin se fait poignarder, appelez le 911',
  ])('« %s »', (text) => expect(classifyIncoming(text)).toBe('emergency-report'));
});

describe('insulting similes and illness wished on someone else', () => {
  it.each(['Elle est laide comme un pou', 'T’es con comme un balai', 'Grosse comme une vache, la voisine', 'J’espère qu’elle pogne le covid', 'J’espère Martin Tremblay choppe le cancer'])(
    'flagged: « %s »',
    (text) => flags(text),
  );
  it.each(['Le bébé est beau comme un cœur', 'J’espère qu’il n’attrape pas le covid', 'J’espère que la collecte aura lieu mardi', 'Fort comme un bœuf, notre déneigeur!'])(
    'clean: « %s »',
    (text) => clean(text),
  );
});

describe('a negation stays with its own attribute; death penalties wished on a group', () => {
  it.each(['Vous êtes pas juifs, vous êtes des imbéciles', 'T’es pas Québécois, t’es juste un cave', 'Les immigrés méritent la guillotine'])('flagged: « %s »', (text) =>
    flags(text),
  );
  it.each(['Vous n’êtes pas des idiots', 'Ce n’est pas une question idiote', 'Vous n’êtes pas nuls, vous êtes juste mal informés', 'Les bénévoles méritent la médaille du civisme'])(
    'clean: « %s »',
    (text) => clean(text),
  );
});

/** Functional classes over many groups (after the HateCheck idea): each frame flagged for every group. */
describe('hateful frames over every group', () => {
  const groups = ['femmes', 'personnes trans', 'gais', 'Noirs', 'personnes handicapées', 'musulmans', 'immigrés', 'Juifs', 'Autochtones'];
  const frames = [
    'Les {g} comme toi devraient être exécutés.',
    'Faudrait se débarrasser des {g}.',
    'Les {g} sont des sous-humains.',
    'Il faut jamais faire confiance aux {g}.',
    'Les {g} devraient pas avoir le droit de voter.',
    'Les {g} ont leur place dans un zoo.',
    'Quelqu’un devrait tirer sur ces {g}.',
    'Les {g} sont naturellement violents.',
    'Les {g} sont pas des êtres humains.',
    'Le Québec serait mieux sans les {g}.',
    'Les {g} n’ont aucune valeur.',
    'Les {g} ne sont bons à rien.',
    'On a pas besoin des {g} ici.',
    'Les {g} devraient pas exister.',
    'On devrait interdire les {g}.',
    'Les {g} sont pas les bienvenus ici.',
    'Les {g}? Des rats, toute la gang.',
    'Les {g} sont dangereux pour la société.',
    'Les {g} sont sales.',
  ];
  for (const f of frames) for (const g of groups) it(fill(f, g), () => flags(fill(f, g)));
  it.each(['Je tuerais volontiers un Noir', 'M’as égorger le prochain musulman que je croise'])('a member threatened: « %s »', (text) => flags(text));
});

describe('their counter-speech, negated and ordinary counterparts stay clean', () => {
  it.each([
    'Arrêtez de dire que les femmes sont stupides.',
    'Je ne dirai jamais que les immigrés sont dégoûtants.',
    'Ceux qui disent que les Noirs sont des rats sont ignobles.',
    'Les commentaires disant que les musulmans sont sales seront supprimés.',
    'Les aînés? Des trésors pour notre ville.',
    'Les jeunes sont bons pour la planète.',
    'Il faut se débarrasser de ses vieux meubles à l’écocentre.',
    'Le feu à ciel ouvert est interdit en ville.',
    'Je vais tuer le prochain maringouin qui me pique',
    'Les chiens ne sont pas les bienvenus dans les jeux d’eau.',
    'Les rues sont sales après la fonte des neiges.',
  ])('« %s »', (text) => clean(text));
});

describe('the grammar reads its own words held or spaced', () => {
  it.each([
    'Les immigrés sont des parasiiiites',
    'Les immigréééés sont des parasites',
    'Je déteste les m u s u l m a n s.',
    'Les réfugiés sont des p a r a s i t e s',
    'Je vais tous vous tuer',
    // Words spelled out and set apart by several spaces: the normalised text keeps one space, so the run is cut back
    // into words (stream.ts, brokenRun).
    'S A L E S   A R A B E S   R E T O U R N E Z   C H E Z   V O U S',
    'l e s   r é f u g i é s   s o n t   d e s   p a r a s i t e s',
  ])('flagged: « %s »', (text) => flags(text));
  it.each([
    'Une toile créée par les jeunes du quartier',
    'Y a un a b c d e f peint dans la cour d’école',
    'On va tous vous accueillir au parc samedi',
    'B O N J O U R   À   T O U S',
    'C O N C E R T   G R A T U I T   C E   S O I R',
    'M E R C I   A U X   B É N É V O L E S   D U   R E F U G E',
  ])('clean: « %s »', (text) => clean(text));
});

describe('explicit sex, war wished, killing approved', () => {
  it.each([
    'Du bondage zoophile, franchement',
    'Envoie des nudes',
    'Le policier a bien fait de tirer sur lui',
    'Je veux une guerre mondiale',
    'J’espère une frappe nucléaire sur eux',
    'Ce qu’il nous faut, c’est une bonne guerre',
  ])('flagged: « %s »', (text) => flags(text));
  it.each([
    'Je veux une guerre de tuques au carnaval',
    'On espère une guerre de prix sur l’essence',
    'Tu as bien fait de le dire',
    'L’eau va couler dans le fossé',
    'Je ne veux pas une guerre, je veux la paix',
  ])('clean: « %s »', (text) => clean(text));
});

describe('a pejorative pointed at « ce mec », « la meuf »', () => {
  it.each(['Ce mec est un bouffon', 'La meuf est moche', 'Ce type-là est vraiment un psychopathe', 'Le gars est un clown'])('flagged: « %s »', (text) => flags(text));
  it.each(['Ce gars est malade depuis lundi', 'Le type est fragile, il sort de l’hôpital', 'Ce gars est un héros', 'Le mec est pas moche', 'Cette dame est en retard'])(
    'clean: « %s »',
    (text) => clean(text),
  );
});

describe('orders to kill them all, a member as victim, a group as the adjective of a plague', () => {
  it.each(['Tuez-les tous', 'Gazez-les toutes', 'Expulsez les immigrés', 'Vaut mieux violer une vieille', 'Le cancer islamiste', 'La vermine immigrée'])('flagged: « %s »', (text) =>
    flags(text),
  );
  it.each([
    'Les frênes malades? Abattez-les tous.',
    'Les fourmis? Exterminez-les toutes',
    'Les feuilles mortes? Brûlez-les toutes dans le foyer',
    'Ramassez les feuilles',
    'Il vaut mieux tuer les mauvaises herbes à la main',
    'La peste noire a tué des millions de personnes',
  ])('clean: « %s »', (text) => clean(text));
});

describe('a condition thrown as a taunt', () => {
  it.each(['T’es autiste ou quoi', 'T’es handicapé ou tu le fais exprès', 'T’es trisomique ou quoi?', 'Vous êtes malades ou bien?'])('flagged: « %s »', (text) => flags(text));
  it.each(['Si vous êtes autiste, le service vous accompagne', 'Vous êtes handicapé? Demandez la vignette', 'Vous êtes résident ou quoi?', 'Si vous êtes malade, restez chez vous'])(
    'clean: « %s »',
    (text) => clean(text),
  );
});

describe('places of worship attacked, drink as a people’s nature', () => {
  it.each(['On va brûler la mosquée', 'Faudrait brûler toutes les synagogues', 'Quelqu’un devrait mettre une bombe à la mosquée', 'Les Autochtones sont des ivrognes'])(
    'flagged: « %s »',
    (text) => flags(text),
  );
  it.each(['La vieille église a brûlé en 1908', 'Rentrez chez vous les jeunes, le parc ferme à 23 h', 'Les Autochtones sont des partenaires de la Ville'])('clean: « %s »', (text) =>
    clean(text),
  );
});

describe('a group as the complement of a thing is not the subject', () => {
  it.each(['La plupart des immigrés sont des voleurs', 'Les enfants des immigrés sont des parasites'])('flagged: « %s »', (text) => flags(text));
  it.each(['Les entrées des résidents sont sales après la tempête', 'Les logements des immigrants sont dangereux, dit le rapport sur l’insalubrité', 'Les rues des citoyens sont dangereuses l’hiver'])(
    'clean: « %s »',
    (text) => clean(text),
  );
});

describe('a vocative or a contrast ends the reported words', () => {
  it.each([
    'Tu viens de dire que t’étais à l’école, espèce d’attardé',
    'Je t’avais dit d’arrêter ce jeu, sale mongol',
    'C’est pour dire qu’il est spontané, mais ça se voit que c’est le mongol de la bande',
  ])('flagged: « %s »', (text) => flags(text));
  it.each(['Il m’a traité d’espèce d’attardé, c’est inacceptable', 'Il m’a traité de sale Arabe devant l’aréna', 'Il dit que les immigrés sont des parasites, mais c’est faux'])(
    'not disrespectful: « %s »',
    (text) => expect(classifyIncoming(text)).not.toBe('disrespectful'),
  );
});

describe('ruin, small brains, spitting; weaker exclusion only a warning', () => {
  it.each(['Les immigrés gâchent tout', 'Les musulmans ont un petit cerveau', 'Ces Autochtones sont écœurants', 'Je crache sur les Juifs'])('flagged: « %s »', (text) => flags(text));
  it.each(['Ces prix sont écœurants', 'Les enfants gâchent tout au parc', 'Je veux plus voir de cyclistes sur le trottoir'])('not disrespectful: « %s »', (text) =>
    expect(classifyIncoming(text)).not.toBe('disrespectful'),
  );
});

describe('counter-speech over every group stays clean', () => {
  const groups = ['femmes', 'trans', 'gais', 'Noirs', 'handicapés', 'musulmans', 'immigrés', 'Juifs'];
  const frames = [
    'Si tu penses que les {g} sont dégoûtants, c’est toi le problème.',
    'Tu dois arrêter de traiter les {g} de déchets.',
    'Dire que les {g} sont inférieurs, c’est inacceptable.',
    'Non, les {g} ne sont pas des parasites.',
    'Il est faux de prétendre que les {g} sont violents.',
    'C’est pas vrai que les {g} volent nos jobs.',
    'Tuer des {g}, c’est un crime.',
    '« Mort aux {g} » : ce slogan est haineux et nous le condamnons.',
    'Je ne déteste pas les {g}, au contraire.',
    'Les {g} méritent d’être respectés.',
  ];
  for (const f of frames) for (const g of groups) it(fill(f, g), () => clean(fill(f, g)));
  it.each(['Déporter les musulmans, c’est ce qu’il faut', 'C’est vrai que les immigrés volent nos jobs'])('but a call or an agreement is flagged: « %s »', (text) => flags(text));
});

describe('threats to the reader; a threat announces harm, it does not report an emergency', () => {
  it.each(['Quelqu’un devrait te tirer dessus', 'Je vais te défigurer', 'Crève!', 'Je te souhaite un cancer', 'Je vais te planter un couteau', 'On va brûler ta maison'])(
    'flagged and disrespectful: « %s »',
    (text) => flags(text),
  );
  it.each(['Mon pneu est crevé.', 'Je te souhaite une bonne journée', 'Quelqu’un va vous appeler demain'])('clean: « %s »', (text) => clean(text));
  it.each(['Au secours, il va me tuer!', 'Je vais te tuer. Il y a le feu chez mon voisin!', 'Y a deux gars qui se battent, un a un couteau'])(
    'a real emergency still wins: « %s »',
    (text) => expect(classifyIncoming(text)).toBe('emergency-report'),
  );
});

describe('contempt said to the reader', () => {
  it.each(['Fils de chien', 'Pauvre type', 'T’es vraiment une honte', 'Personne t’aime', 'Retourne dans ta cuisine', 'Ferme ta bouche', 'Tais-toi', 'T’as pas de cerveau', 'Quel clown'])(
    'flagged: « %s »',
    (text) => flags(text),
  );
  it.each(['Quelle honte, ce chantier', 'C’est une honte, la rue pas déneigée', 'Retournez à la cuisine pour récupérer vos plats', 'La pauvre fille a perdu son chat', 'Quel malade ce but!'])(
    'not disrespectful: « %s »',
    (text) => expect(classifyIncoming(text)).not.toBe('disrespectful'),
  );
});

describe('slurs that are also ordinary words count only when aimed at someone', () => {
  it.each(['T’es une pédale', 'Espèce de pédale', 'T’es un bridé', 'T’es un babouin', 'T’es un mongolito'])('flagged: « %s »', (text) => flags(text));
  it.each(['La pédale du vélo est brisée', 'Le moteur est bridé à 100 km/h', 'Les gorilles du zoo de Granby', 'Les yeux bridés du chat sur l’affiche'])('clean: « %s »', (text) =>
    clean(text),
  );
});

describe('« tous pareils » then the attribute', () => {
  it('flagged: « Les immigrés sont tous pareils : sales et paresseux. »', () => flags('Les immigrés sont tous pareils : sales et paresseux.'));
  it('clean: « Les aînés sont tous pareils : gentils et patients. »', () => clean('Les aînés sont tous pareils : gentils et patients.'));
});
