/**
 * Round 25 (ask25): a question on a people that its own asker answers at once siding with the slight (« Est-ce normal
 * d'avoir peur des … ? Moi je trouve que oui. », « Peut-on faire confiance à un … ? Moi je pense pas. », « … ? Parce que
 * c'est la vérité. ») is the speaker's claim, a warning to check. A sincere question answered by facts, by someone
 * defending the group, a « Moi! » volunteering or the opinion the other way stays clean. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, tone } from './grammar-helpers.ts';

const flagged = [
  'Est-ce qu\'on peut vraiment faire confiance à un Haïtien? Moi je pense pas pis j\'ai raison.',
  'Peut-on faire confiance aux Roms? Je crois pas.',
  'On peut-tu faire confiance à un Algérien? Moi je pense pas, l\'histoire me donne raison',
  'Est-ce normal d\'avoir peur quand on voit une gang de Noirs au parc? Moi je trouve que oui.',
  'Est-ce normal de barrer ses portes quand des Gitans s\'installent dans la rue? Je pense que oui pis je m\'excuse pas',
  'C\'est-tu normal de se méfier des musulmans? Je dirais que oui',
  'Est-ce normal de pas vouloir de Syriens comme voisins? Évidemment.',
  'Est-ce vraiment raciste de pas aimer les Arabes? Ben oui c\'est clair que non, pis je vais pas m\'excuser.',
  'Est-ce raciste de dire que depuis que les Haïtiens sont arrivés, le quartier a changé? Parce que c\'est juste la vérité',
  'Est-ce que c\'est raciste de trouver que les Somaliens ont changé le coin? C\'est la vérité.',
  'Pourquoi le quartier a changé depuis que les Africains sont là? Poser la question c\'est y répondre.',
  'Les Mexicains ont-tu changé la rue? Je pense que oui pis je vais pas m\'excuser',
  'Est-ce que les Chinois ont acheté toutes les maisons du coin? Je dis juste.',
  'Peut-on vraiment faire confiance à une femme voilée à la SAAQ? moi je crois pas',
  'Est-ce normal d\'avoir peur des Autochtones le soir au centre-ville? Moi je pense que oui 🤷',
  'Est-ce qu\'un Pakistanais peut vraiment être honnête? Je pense pas.',
  'On peut-tu vraiment aimer les gais comme voisins? Je crois pas moi.',
  'Est-ce normal de pu se sentir chez soi avec tous ces immigrants? Bien sûr.',
  'Est-ce normal de changer de trottoir quand on croise des Arabes? Je trouve que oui.',
  'C\'est-tu raciste de penser que les Gitans ont ruiné le parc? C\'est juste la vérité, désolé.',
  'Les Tamouls du coin ont-tu amené le trouble? Moi je pense que oui pis j\'ai raison',
  'Est-ce normal d\'avoir peur de se faire voler quand des Roms passent? Je pense que oui.',
  'Est-ce que les Marocains ont fait baisser la valeur des maisons? Je dis juste.',
  'Est-ce qu\'on peut faire confiance aux Juifs en affaires? Moi je pense pas.',
  'Est-ce normal de pas laisser sa fille sortir avec un Arabe? Moi je trouve que oui, pis l\'histoire me donne raison.',
];

const clean = [
  'Qui veut venir au souper communautaire? Moi!',
  'Qui veut aider la famille syrienne à déménager samedi? Moi! Pis mon frère aussi.',
  'Peut-on faire confiance aux musulmans? Moi je pense que oui, comme à tout le monde.',
  'Peut-on faire confiance à un Haïtien? Je crois que oui, voyons.',
  'Les réfugiés volent-ils nos jobs? Non, ils comblent des postes vacants.',
  'Les immigrants font-ils monter les loyers? Je pense pas, c\'est la spéculation.',
  'Est-ce normal d\'avoir peur des Arabes? Non, c\'est un préjugé.',
  'Est-ce normal d\'avoir peur des Arabes? Je pense pas, c\'est juste des voisins.',
  'Est-ce raciste de dire que les Haïtiens sont paresseux? Oui, pis c\'est faux en plus.',
  'Est-ce que les personnes handicapées peuvent prendre la navette? Oui, depuis mars.',
  'Est-ce que les aînés ont droit au transport gratuit? Bien sûr, avec la carte.',
  'Les nouveaux arrivants peuvent-ils s\'inscrire au camp de jour? Oui, les inscriptions sont ouvertes.',
  'Est-ce que les Autochtones ont un centre d\'amitié ici? Oui, sur la rue Badeaux.',
  'Est-ce qu\'un musulman peut être maire? Ben oui, pourquoi pas.',
  'Est-ce qu\'on peut faire confiance à l\'horaire du bus? Moi je pense pas 😅',
  'Est-ce normal que la piscine soit fermée le samedi? Je pense pas.',
  'Est-ce que le quartier a changé depuis dix ans? Je pense que oui, plein de nouveaux commerces.',
  'Les Ukrainiens sont-ils bien accueillis ici? Je pense que oui.',
  'Est-ce que les Syriens aiment le hockey? Je pense que oui, j\'en connais plusieurs.',
  'Est-ce que les réfugiés ont peur l\'hiver? C\'est la vérité qu\'ils trouvent ça dur, faut les aider.',
  'Pourquoi la piscine est fermée? Poser la question c\'est y répondre: pas de sauveteurs.',
  'Est-ce qu\'un gai peut adopter au Québec? Évidemment, depuis 2002.',
  'Les Arabes sont-ils des criminels? Je pense pas, voyons.',
  'Quelqu\'un a peur des Haïtiens? Moi je pense que c\'est du racisme pur.',
  'Est-ce normal de saluer ses voisins africains? Je trouve que oui, c\'est la moindre des choses.',
];

describeReading('the asker siding with the slight asked (ask25)', flagged, clean, { flaggedMayWarn: true });

describe('the verdict takes the question as the speaker\'s, never alone (ask25)', () => {
  it('no verdict: the question alone stays as it was', () => expect(tone('Est-ce normal d\'avoir peur des Arabes le soir?').filter((f) => f.severity === 'error')).toEqual([]));
  it('a favourable answer to trust clears', () => expect(tone('Peut-on vraiment faire confiance à un musulman? Moi je pense que oui.')).toEqual([]));
});
