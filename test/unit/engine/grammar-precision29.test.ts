/**
 * Round 29, precision on clean text written outside the team: everyday clippings that a near-correction read as a slur
 * (« les rénos », « les négos »), the host named at mass (« manquer d'hosties à la communion »), counter-speech that
 * quotes hate between plain apostrophes or reports it and then judges the speech, and the learned net's doubts on a
 * defence, on praise of newcomers, on one's own son, on a language named, on a polite request. Written for this round,
 * not copied from any set. The flagged rows share each surface and stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, describeKnownMisses, describeReading, errors, tone } from './grammar-helpers.ts';

// 1. Clippings of everyday speech are words of their own, never a listed word missing a letter.
describeReading(
  'Québec clippings are ordinary words, not disguised slurs (round 29)',
  ['Maudit renoi', 'ces negros du centre-ville', 'une gang de n3gros'],
  [
    'La bibliothèque est ben belle depuis les rénos',
    'Les renos de la piscine finissent en juin',
    'On a fini les réno de la cuisine, enfin!',
    'Les négos avec les cols bleus avancent, paraît-il',
    'Les nego avec le syndicat reprennent lundi',
    'Mon appart est petit mais mon proprio est correct',
    'Mon coloc travaille au dép du coin',
    'Les restos de la rue des Forges sont pleins le vendredi',
    'La démo du nouveau site web était claire',
    'Les profs pis les ados étaient au spectacle',
    'Une bonne toune à la fête de quartier',
    'Le ptit parc derrière chez nous est rénové',
  ],
  { cleanNotDisrespectful: true },
);

// 2. The host at mass: a partitive « d'hosties » among words of the mass is the object; an oath stays an error (policy).
describeReading(
  'the host named at mass is its proper sense; the oath stays flagged (round 29)',
  [
    'Ostie que la messe était longue!',
    'Mon ostie de curé a parlé une heure',
    "Une espèce d'hostie de niaiseux à la messe de Pâques",
    'C’est long en hostie la messe de Noël',
    'Ostie de prêtre',
  ],
  [
    "À la communion le curé a manqué d'hosties, y'avait trop de monde",
    "Y manquait d'hosties à la messe de Noël",
    "Après la messe, il restait une boîte d'hosties non consacrées",
    "Y'a pu d'hosties, le curé en commande pour Pâques",
    'Les religieuses faisaient des hosties au monastère',
    'Le prêtre a sorti les hosties du tabernacle de l’église',
  ],
  { cleanNotDisrespectful: true },
);

// 3. Hate quoted between plain apostrophes, then answered: someone else's words (a warning at most), like « … ».
describeReading(
  'hate quoted between plain apostrophes and answered is not the speaker’s (round 29)',
  ["Retournez dans votre pays, c'est ce que je pense", 'les vieux devraient crever', 'Les assistés sociaux sont des parasites'],
  [
    "Ceux qui disent 'retournez dans votre pays' : ma grand-mère est arrivée du Portugal en 1970 pis a travaillé toute sa vie ici.",
    "Quelqu'un a dit 'les vieux devraient crever'. Franchement. Ma mère a travaillé 40 ans dans cette ville.",
    "Quelqu'un a écrit 'les assistés sociaux sont des parasites'. Franchement, c'est faux.",
    "Mon voisin m'a dit 'les immigrants volent nos jobs', je lui ai montré les chiffres",
    "Y'en a qui écrivent 'les gais sont des malades' en dessous, ça me fait de la peine",
  ],
  { cleanNotDisrespectful: true },
);

// … and a verdict on the SPEECH after hate reported is no insult: « c'est dégueulasse de parler de même » (a warning of tone).
describeReading(
  'disgust at speech reported, not at people (round 29)',
  ['Les réfugiés sont dégueulasses', 'Les autochtones, c’est du monde dégueulasse'],
  [
    "Quelqu'un a écrit plus haut que les réfugiés sont des « parasites »? Franchement c'est dégueulasse de parler de même du monde qui fuit la guerre",
    "Quelqu'un a écrit que les autochtones sont des paresseux. C'est dégueulasse de parler de même.",
    "Un gars a dit que les immigrants sont des voleurs. Franchement, c'est écoeurant d'écrire ça.",
    "C'est dégueulasse de parler de même des réfugiés",
  ],
);

// 4. Doubts of the learned net on sincere comments: a defence, praise of what newcomers bring, one's own son, a language, a polite request.
describeReading(
  'sincere comments the learned net left in doubt (round 29)',
  [],
  [
    'Les jeunes du parc à skate sont ben polis, arrêtez de les juger parce qu’y portent des capuches',
    'Les ados du quartier sont corrects, faut arrêter de les juger sur leur linge',
    'Ma voisine est anglophone pis a appris le français à 70 ans, faut arrêter de mettre tout le monde dans le même panier',
    'Les Vietnamiens du quartier ont ouvert des bons restos, merci à eux',
    'Est-ce que la Ville engage des étudiants cet été? Mon gars a 17 ans pis y se cherche une job',
    'Ma fille a 15 ans, est-ce qu’y a des camps de jour encore ouverts?',
    'Les comptes de taxes ont encore monté, expliquez-nous où va l’argent svp',
  ],
  { cleanNotDisrespectful: true },
);

// The same shapes turned against a group stay flagged.
describeReading(
  'the same shapes aimed at a group stay flagged (round 29)',
  [
    'Arrêtez de les défendre, les immigrants sont des parasites',
    'Faut arrêter de mettre tout le monde dans le même panier, mais les musulmans sont tous des terroristes',
    'Les réfugiés amènent juste du crime pis de la drogue',
  ],
  [],
  { flaggedMayWarn: true },
);

describe('counter-speech quoted between apostrophes keeps at most a warning (round 29)', () => {
  it.each([
    "Quelqu'un a dit 'les vieux devraient crever'. Franchement.",
    "Ceux qui disent 'retournez chez vous' oublient d'où venaient leurs grands-parents",
  ])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
    expect(tone(text).every((f) => f.severity !== 'error')).toBe(true);
  });
});




// Known limits (round 29, as before this round): words reported by someone close and endorsed after (« … pis il a raison »)
// are read as theirs; a verdict on quoted hate after a place in between (« …' au dépanneur, c'est écoeurant ») is read as
// said of the group, with « … » quotes too.
describeKnownMisses(
  ['Mon gars dit que les Haïtiens sont tous des voleurs pis il a raison'],
  ["J'ai entendu 'les itinérants devraient crever dehors' au dépanneur, c'est écoeurant"],
);

// Known doubt after the net was trained again on the guarded clippings (round 29): an approval of a City project sits just
// over the plain line.
describeKnownDoubts(['Le nouveau poste de police de quartier c’est une bonne idée, hâte de voir si ça change de quoi']);

// Known doubts of the learned net that the sparing of branch precision29-doubts (learned.ts: a defence, praise of what a group
// brings, a polite request, « en anglais » / « mon gars ») lifts; left out here for the size cap (it costs ≈ 0,6 KB gzip).
describeKnownDoubts([
  'Les Portugais qui s’installent icitte amènent des bonnes pâtisseries, je m’en plains pas',
  'Pourquoi y’a pas de dépliants en anglais pour les touristes au bureau d’accueil?',
  'Je comprends qu’il faut payer les services, mais pourriez-vous expliquer où va l’argent?',
]);
