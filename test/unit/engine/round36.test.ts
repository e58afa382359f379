/**
 * Round 36: threats relayed or made through « faire », a mind granted only in a condition, vices a people is told to stop,
 * comparisons, sacres named as words, incidents told as over.
 * - « Ils vont te tuer », « il va te pendre »: harm foretold to the reader by someone else is a doubt to check (a warning, the
 *   comment disrespectful), not an error: « ton père va te tuer » is as often a joke, and a game stays a game.
 * - « Je vais le faire souffrir », « tu vas me le payer »: the speaker's own threat, with « faire » or an indirect pronoun.
 * - « Si t'avais un cerveau… », « de la bouette entre les deux oreilles », « écrit comme un enfant de maternelle », « ça prend-tu
 *   un cerveau pour… ? », « faut être cave pour… », « une potiche », « un meuble »: contempt without a listed insult.
 * - « Les … ont juste à arrêter de boire », « … arrêtent pas de se plaindre »: a vice presumed of a people.
 * - « T'es plus con que ton frère »: « plus … que » compares, it does not deny.
 * - « Il a appris le mot crisse », « arrêtez de dire tabarnak »: a sacre named as a word is tone (a warning), not an error.
 * - « L'accident… est réglé, la voie est rouverte »: news of an incident that is over, not an emergency (still « peut aussi
 *   être » one); « le feu est maîtrisé mais il y a encore de la fumée » stays an emergency.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, classifyIncomingDetailed } from '../../../src/engine/index.ts';
import { describeReading, errors, tone, warnings } from './grammar-helpers.ts';

describe('harm foretold to the reader by someone else: a doubt to check, never a green light (round 36)', () => {
  it.each(['Ils vont te tuer, mon homme', 'Il va te pendre', 'Y vont te casser les jambes', 'Elle veut te tuer, fais attention', 'Ils vont vous massacrer'])('%s', (text) => {
    expect(errors(text), text).toEqual([]);
    expect(warnings(text).length, text).toBeGreaterThan(0);
    expect(warnings(text)[0]!.message).toContain('À vérifier');
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(['Il va pas te tuer, il est gentil', 'Elle va te battre au tennis', 'Ils vont vous tuer au Scrabble', 'Il va te rappeler demain'])('clean: %s', (text) => {
    expect(tone(text), text).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

describeReading(
  'the speaker\'s own threat, through « faire » or with an indirect pronoun (round 36)',
  ['Je vais le faire souffrir', 'On va la faire douiller', 'Tu vas me le payer', 'Vous allez nous le payer cher', 'Je vais te pendre par les pieds', 'Je vais le fusiller'],
  ['Tu vas me le payer 20 piasses', 'Tu mérites une balle de ping-pong neuve', 'Tu mérites une balle de golf signée', 'Je vais te faire souffrir avec mes questions de quiz', 'Ce cours va vous faire souffrir un peu', 'Je vais te faire mourir de rire', 'On va pendre la crémaillère samedi'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a mind granted only in a condition, or mud where it should be: contempt (round 36)',
  [
    'Si t\'avais un cerveau tu comprendrais',
    'Si vous aviez un minimum de jugement, vous auriez jamais voté ça',
    'Si tu avais une once de bon sens tu te tairais',
    'Y faut avoir de la bouette entre les deux oreilles pour approuver ça',
    'La conseillère écrit comme une enfant de garderie',
    'Ça prend-tu un cerveau pour travailler à la ville?',
  ],
  [
    'Si vous aviez un minimum de temps, venez au conseil',
    'Si t\'avais un peu de temps, on pourrait jaser du projet',
    'J\'ai de l\'eau dans les oreilles depuis la baignade',
    'Mon fils écrit comme un enfant de son âge',
    'Le guide explique comment parler à un enfant de maternelle',
    'Ça prend-tu un permis pour un cabanon?',
    'Ça prend un cerveau pour faire ce travail, bravo aux ingénieurs',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a vice presumed of a people, told to stop it (round 36)',
  ['Les autochtones ont juste à arrêter de boire', 'Les immigrants devraient arrêter de voler nos jobs', 'Les femmes devraient arrêter de se plaindre', 'Les Haïtiens arrêtent pas de chialer'],
  [
    'Les jeunes devraient arrêter de fumer',
    'Les citoyens devraient arrêter de boire l\'eau du robinet pendant l\'avis',
    'Les musulmans devraient arrêter de se battre pour leurs droits? Non, ils ont raison de le faire',
    'Mon voisin a arrêté de boire, bravo à lui',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« plus … que » compares, it does not deny (round 36)',
  // (« Nul peuple… »: moved up from round 11's known misses, the comparison no longer read as « ne… plus ».)
  ['T\'es plus con que ton frère', 'Il est plus con que ses pieds', 'Nul peuple n’est plus stupide que les Haïtiens.', 'Le maire c\'est un mouton', 'Nos élus c\'est des moutons'],
  ['Il est plus grand que son frère', 'Il est plus là, il a déménagé', 'Mon fils c\'est un mouton dans la pièce de Noël de l\'école? Non, un berger'],
);

describe('a sacre named as a word is tone, not an error (round 36)', () => {
  it.each(['Mon gars a appris le mot crisse à la garderie', 'Arrêtez de dire tabarnak sur la page de la Ville', 'Le juron câlice choque encore ma grand-mère'])('%s', (text) => {
    expect(errors(text), text).toEqual([]);
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
  it.each(['Crisse que c\'est long', 'C\'est comme tabarnak de plate', 'Ferme ta gueule, je te dis câlisse'])('still said: %s', (text) => {
    expect(errors(text).length, text).toBeGreaterThan(0);
  });
});

describe('an incident told as over is news; one still going on stays an emergency (round 36)', () => {
  it.each([
    'L\'accident de ce matin sur le pont est réglé, la voie est rouverte',
    'L\'incendie de la rue Royale a été maîtrisé hier soir, merci aux pompiers',
    'La fuite de gaz est réglée, la rue est rouverte',
  ])('%s', (text) => {
    const reading = classifyIncomingDetailed(text);
    expect(reading.kind).not.toBe('emergency-report');
    expect(reading.alsoPossible).toContain('emergency-report');
  });
  it.each([
    'Le feu est maîtrisé mais il y a encore de la fumée qui rentre chez nous',
    'Il y a un accident sur le pont, la voie est fermée',
    'L\'incendie est maîtrisé? Ça sent la fumée partout',
    'Le feu est éteint mais ça sent toujours le gaz',
  ])('still an emergency: %s', (text) => {
    expect(classifyIncoming(text)).toBe('emergency-report');
  });
  it.each(['Des jeunes se battent devant le dépanneur, venez vite', 'Deux gars se battent dans le parc'])('a brawl: %s', (text) => {
    expect(classifyIncoming(text)).toBe('emergency-report');
  });
  it.each(['Les gens se battent pour leurs droits', 'On se bat contre la fermeture de l\'école'])('a cause fought for: %s', (text) => {
    expect(classifyIncoming(text)).not.toBe('emergency-report');
  });
});

describe('advice that warns: the speaker\'s place taken, and care urged for the reader\'s own (round 36)', () => {
  it.each(['Si j\'étais toi, je ferais attention en sortant de chez vous le soir', 'À ta place, je surveillerais mes arrières', 'Si j\'étais vous, je ferais attention à vos enfants'])('%s', (text) => {
    expect(warnings(text).length, text).toBeGreaterThan(0);
    expect(warnings(text)[0]!.message).toContain('menace voilée');
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'À votre place, je ferais attention à la glace noire ce matin',
    'Si j\'étais vous, j\'appellerais le 311',
    'Fais attention à tes enfants sur la rue, les chars roulent vite',
    'Si j\'étais toi, je ferais attention à ton char, y a des voleurs dans le coin',
  ])('clean: %s', (text) => {
    expect(tone(text), text).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

describeReading(
  '« faut être … pour »: whoever does it is called so (round 36)',
  ['Faut être cave pour voter pour lui', 'Faut-tu être épais pour travailler à la ville', 'Faut être un vrai cave pour faire ça'],
  ['Faut pas être cave pour comprendre ça', 'Il faut être patient avec les travaux', 'Faut être prudent sur la glace noire'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a person called a piece of furniture or a vase (round 36)',
  ['Ce conseiller est un meuble', 'La conseillère est une potiche', 'Nos élus c\'est des potiches'],
  ['Ce divan est un meuble', 'Ce vieux buffet est un meuble d\'époque', 'On vend des meubles au marché aux puces', 'La potiche du salon est sur la table'],
  { cleanNotDisrespectful: true },
);
