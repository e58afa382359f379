/**
 * Ordinary municipal French must never be taken for disrespect (generic lists such as cuss/fr flag
 * mettre, envoyer, retard, queue, panier, ordure…). Every word and sentence here is checked on the
 * City's account: no respectful-language, professional-tone or shouting finding, and the sentences
 * are not classified as disrespectful.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate } from '../../../src/engine/index.ts';

const words = `déneigement collecte ordures retard queue panier mettre envoyer conseil poubelle bac rue vidange
  recyclage compost bac brun bac vert encombrants feuilles mortes branches sapin résidus domestiques dangereux écocentre
  aréna piscine bibliothèque parc terrain de jeux patinoire glissade sentier piste cyclable stationnement vignette
  permis de construction inspecteur zonage règlement avis public appel d'offres soumission conseil municipal séance
  conseiller conseillère maire mairesse district arrondissement taxes foncières compte de taxes évaluation rôle
  aqueduc égout bris d'aqueduc avis d'ébullition borne-fontaine pompiers caserne police sécurité civile
  travaux publics nid-de-poule asphalte trottoir chaussée lampadaire feu de circulation signalisation détour
  chantier fermeture de rue circulation autobus transport en commun STTR horaire calendrier inscription camp de jour
  loisirs culture festival spectacle exposition musée patrimoine église paroisse presbytère cimetière
  cave sous-sol inondation refoulement clapet gouttière ruissellement bac roulant conteneur benne
  rat mouffette raton laveur chien chat médaille animaux fourrière vétérinaire
  con­cours concertation consultation sondage budget dette subvention programme aide financière
  queue de cheval cul-de-sac culbute connecter contribuable conserver consigne constat cons­tater
  enfoncer envoi envoyé envoyer ordure ordinateur mettez mettre remettre retarder retardé queue-leu-leu
  panier de basket paniers crème glacée bingo fête nationale canada day feu d'artifice feux de camp
  maudire mauvais mauve câlin caline calèche calepin calcul calvados criterium crise crisser? 
  ostéopathe hostellerie estival esthétique astuce sacre-cœur sacrifice crime vierge Marie
  idiome idéal conne­xion bâton dessin innocence épaisseur épaisse neige épaisse cave à vin
  niaiser? nono­gramme twitter clown spectacle de clown bordure bordereau franchise franchir
  merdier? marteau mardi martre fusil fuchsia shiitake chiens chierie? putt golf 
  attendre attardé? retardataire attention prudent prudence calme calmer calmement lolo lol? mdr?`
  .split(/\s+/)
  .map((w) => w.replace(/\u00ad/g, ''))
  .filter((w) => w.length > 0 && !w.endsWith('?'));

const sentences = [
  'La collecte des ordures est retardée d’une journée à cause de la tempête.',
  'Veuillez mettre votre bac au chemin la veille de la collecte.',
  'Vous pouvez envoyer votre demande par le site Web.',
  'Il y a une longue queue à l’aréna ce matin, merci de votre patience.',
  'Le panier de basketball du parc Martin-Bergeron a été remplacé.',
  'Le conseil municipal se réunit mardi à 19 h.',
  'La vidange des fosses septiques débute en mai.',
  'Le déneigement de votre rue est prévu cette nuit.',
  'La poubelle du parc est vidée deux fois par semaine.',
  'Le calvaire du chemin Sainte-Marguerite sera restauré.',
  'La paroisse du Saint-Sacrement organise un souper spaghetti.',
  'Les feux d’artifice auront lieu à 22 h au parc portuaire.',
  'Le feu de circulation de la rue des Forges est réparé.',
  'Un retard de paiement entraîne des intérêts.',
  'Les cendres doivent refroidir avant d’être mises au bac.',
  'Merci de ne pas stationner dans la rue pendant le déneigement.',
  'Le Service de sécurité incendie rappelle de vérifier vos avertisseurs de fumée.',
  'La piscine Lemire sera fermée pour entretien.',
  'Le crime a été signalé à la Direction de la police.',
  'La glace est épaisse sur la patinoire du parc.',
  'L’inondation de la cave peut être évitée avec un clapet antiretour.',
  'Le concours de photos se termine vendredi.',
  'Inscrivez-vous au camp de jour avant le 15 avril.',
  'Le spectacle de clown est gratuit pour les enfants.',
  'Les encombrants sont ramassés le premier lundi du mois.',
  'Le compte de taxes est disponible en ligne.',
  'La bibliothèque Gatien-Lapointe ouvre à 10 h.',
  'Attention : travaux sur le boulevard des Récollets.',
  'Le règlement sur les animaux est disponible sur le site Web.',
  'La Ville remercie les bénévoles de la Fête nationale.',
  'Merci pour votre commentaire, bonne journée!',
  'Votre bac roulant brisé peut être remplacé : passez par le 311.',
  'Le sacrifice des bénévoles pendant les inondations a été remarquable.',
  'Les ordures ménagères vont dans le bac noir.',
  'Calmement, les citoyens ont évacué le secteur.',
  'Le conseiller du district du Sanctuaire tiendra une consultation.',
  'C’est un calvaire, ce chantier, nous le savons : merci de votre patience.',
  'Le ciboire de l’église Saint-Philippe a été retrouvé.',
  'Les déchets verts sont ramassés le mercredi.',
  'Le cul-de-sac de la rue Papineau sera déneigé en priorité.',
];

const onCity = (text: string) =>
  evaluate({ kind: 'reply', incoming: 'question', author: 'communications', account: 'city', text }).findings.filter((f) =>
    ['respectful-language', 'professional-tone', 'shouting'].includes(f.rule),
  );

describe('no false positives on ordinary municipal French', () => {
  it('has at least 200 words and sentences', () => {
    expect(words.length + sentences.length).toBeGreaterThanOrEqual(200);
  });
  it.each(words)('word: %s', (w) => {
    expect(onCity(w)).toEqual([]);
    expect(onCity(`Bonjour, ${w} est prévu demain.`)).toEqual([]);
  });
  it.each(sentences)('sentence: %s', (s) => {
    expect(onCity(s)).toEqual([]);
    expect(classifyIncoming(s)).not.toBe('disrespectful');
  });
});
