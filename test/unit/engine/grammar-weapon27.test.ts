/**
 * Round 27 (violence in the manner or the weapon): threats without a harm verb whose violence is the tool (« … à coups de
 * bâton »), a firearm or a calibre beside « régler » and a person, or a consequence idiom promised to whoever does it next
 * (« le prochain qui… va le sentir »). Clean side: chores, hunting and range news, money « à coups de millions », « régler le
 * dossier » with no weapon, a citizen reporting a threat received. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, errors, tone } from './grammar-helpers.ts';

const threats = [
  "la prochaine souffleuse qui me bloque l'entrée, je sors le chauffeur de sa cabine à coups de pied",
  "le prochain qui se stationne devant chez nous je le ramasse à coups de bâton",
  "le premier cycliste qui passe sur mon gazon je le descends de son bicycle à coups de poing",
  "si le conseiller revient cogner à ma porte, je le renvoie chez eux à coups de bâton",
  "m'a te sortir de la cour à coups de pied mon tabarnak",
  "je vais te reconduire jusqu'au chemin à grands coups de bottes",
  "le prochain qui touche à mon truck va le sentir passer",
  "La prochaine qui vole mes fleurs va y goûter",
  "le prochain qui se parke dans mon entrée va manger toute une volée",
  "le premier qui rentre dans ma cour va le regretter",
  "J'ai une carabine dans le cabanon. Le prochain y va le sentir",
  "j'ai mon gun chargé dans le char, le prochain qui me coupe va y goûter",
  "ça prendrait juste une couple de balles pour régler le cas du maire",
  "on va descendre à l'hôtel de ville avec nos carabines pis on va régler ça nous autres",
  "on monte au conseil avec les 30-06 pis on règle le dossier une fois pour toutes",
  "M'as régler le problème de la directrice avec mon .22",
  "m'a aller te trouver chez vous, tu vas voir ce que ça fait",
  "on va passer te voir, tu vas le sentir passer",
  "Je vais te trouver pis tu vas voir ce que c'est",
  "les itinérants du parc, on va les déloger à coups de bâton de baseball",
  "Les Haïtiens du bloc, on va les recevoir à coups de poing",
  "le prochain voisin qui m'écoeure, je le sors à coups de pelle",
  "J'ai des balles pour régler le problème du gérant",
];

const clean = [
  "on a déneigé l'entrée à coups de pelle ce matin",
  "la Ville a réglé le déficit à coups de millions",
  "Ouverture de la chasse samedi, apportez votre .22 au club de tir",
  "on a réglé le dossier du permis avec la Ville",
  "le conseil va régler le problème du stationnement cette semaine",
  "le prochain qui arrive va goûter à la tarte de ma mère",
  "la prochaine séance du conseil va régler le dossier des barrages",
  "un gars m'a dit qu'il allait me trouver chez nous, j'ai appelé la police",
  "j'ai cassé la glace de l'entrée à coups de marteau",
  "on règle le problème des marmottes avec la carabine de mon père",
  "ma 30-06 est prête pour la chasse à l'orignal",
  "le club de tir organise une journée portes ouvertes, apportez vos carabines",
  "le prochain autobus va passer dans 10 minutes",
  "Le prochain qui gagne le tirage va recevoir un panier cadeau",
  "il a enfoncé le piquet à coups de masse",
  "La Ville veut régler le problème des nids-de-poule à coups de millions",
  "on a ramassé les balles de golf pour régler le problème du terrain",
  "On passe chez vous demain pour le compteur d'eau",
  "c'est pas à coups de pelle qu'on va régler le problème du maire, c'est aux élections",
  "les policiers ont saisi un fusil et des balles chez un suspect",
  "le voisin a tondu son gazon à coups de tondeuse à 7h du matin",
  "Je vais te trouver un bon mécanicien, tu vas voir",
  "ce dossier-là se règle pas à coups de menaces, faut se parler",
  "mon garçon a reçu sa première carabine à plomb pour sa fête",
  "le prochain qui oublie son lunch dans le frigo va le regretter",
  "Le maire veut régler le problème des balles perdues dans le quartier",
  "un gars m'a dit qu'il allait venir me trouver chez nous pis que j'allais voir ce que ça fait, j'ai appelé la police",
];

describe('a threat by the manner or the weapon (round 27): flagged, disrespectful', () => {
  it.each(threats)('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('the same words, harmless (round 27): no error', () => {
  it.each(clean)('%s', (text) => {
    expect(errors(text), text).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

it('a citizen reporting a threat received stays a report or an emergency', () => {
  expect(['emergency-report', 'complaint', 'comment', 'question']).toContain(classifyIncoming("un gars m'a dit qu'il allait me trouver chez nous, j'ai appelé la police"));
});

// A new roof praised with « tu vas voir ce que ça fait »: the learned net's doubt (a warning, before this round too), never an error.
// A threat received, quoted after a colon: scope.ts does not read « m'a dit : » as reporting it, so the quoted visit and promise
// give a warning « à vérifier » (never an error).
describeKnownDoubts(["tu vas voir ce que ça fait, un toit neuf, c'est ben plus chaud", "un gars m'a dit : m'a aller te trouver chez vous, tu vas voir ce que ça fait. J'ai appelé la police"]);
