/**
 * Round 31 (threats, wishes of death and praise of violence in real-text shapes): a slogan of death pointed at a person by a
 * name of abuse or a role (« la mort pour ces monstres-là »), wrongdoers as a doubt; a place or a people cleansed with a means
 * of mass killing (« faut nettoyer ce quartier au napalm »); the speaker's conditional blow (« je lui mettrais bien mon poing
 * dans la face »); « faire douiller »; « un … en moins ». Clean counterparts share the surface: condemnations, news, history,
 * the speaker's own things, figures. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading, errors, tone } from './grammar-helpers.ts';

describeReading(
  'a slogan of death: the group or person forms read before this round, with clean counterparts (round 31)',
  [
    'Ce clown mérite une balle',
    'une balle dans la tete pour ces ostie de clowns',
    'La corde pour ce maudit salaud',
  ],
  [
    'La mort pour un vol de vélo, c\'est inacceptable',
    'La peine de mort pour les voleurs, c\'est barbare',
    'La corde pour ces monstres-là, ce serait inhumain',
    'Une médaille pour ces pompiers-là',
    'La prison pour ces fraudeurs-là',
    'La mort du maire a bouleversé la ville',
    'Le peloton de tête a passé le pont à midi',
    'Le peloton pour les cyclistes haïtiens part à 9 h',
    'Une balle de golf pour ce joueur-là',
    'La mort pour ces rats-là dans la ruelle',
    'Ces chiens-là méritent la corde, ils ont mordu un enfant',
    'Ces pitbulls méritent la mort',
    'Les pompiers méritent une médaille',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a place or a people cleansed with a means of mass killing (round 31)',
  [
    'Faut nettoyer ce quartier-là au napalm',
    'faudrait pacifier la zone par la purge',
    'On devrait raser leur ville à la bombe',
    'Il faudrait nettoyer toute la banlieue à la kalach',
    'On devrait nettoyer ce ghetto au lance-flammes',
    'faudrait raser leur camp a la mitraillette',
  ],
  [
    'Faudrait nettoyer ma chambre au lance-flammes',
    'Les Américains ont nettoyé les villages au napalm pendant la guerre du Vietnam',
    'Faut nettoyer le BBQ au karcher',
    'Il faut nettoyer le parc avant la fête',
    'La prison à vie pour les pédophiles',
    'Il ne faut surtout pas nettoyer ce quartier au napalm comme au Vietnam',
    'On devrait purger le système par la purge des données',
    'Faut désinfecter la cuisine avec une bombe désinfectante',
    'Le napalm a ravagé la zone en 1972',
  ],
);

describeReading(
  'a « ça » cleansed so: a doubt (round 31)',
  ['Faut nettoyer ça au napalm', 'Il faudrait nettoyer tout ça au lance-flammes'],
  [],
  { flaggedMayWarn: true },
);

describeReading(
  'the speaker\'s conditional blow (round 31)',
  [
    'Je lui mettrais bien mon poing dans la face à ce clown',
    'Je te mettrais bien une claque',
    'je vais te mettre un bon crochet du droit',
    'J\'lui casserais bien les dents',
    'j\'te foutrais ben une claque',
    'Il faudrait les faire douiller, ces pourris',
  ],
  [
    'Je mettrais bien ma main au feu que c\'est vrai',
    'Je te mettrais bien une bouteille de côté',
    'Je te donnerais bien un coup de main pour le déménagement',
    'Le dentiste m\'a fait douiller',
    'Ce test va nous faire douiller',
    'Faut pas le faire souffrir, le pauvre chat',
  ],
);

describeReading(
  'one of a people fewer, « en moins » (round 31)',
  ['Un immigré en moins, grande victoire', 'un musulman en moins, bon débarras'],
  [
    'Un immigrant en moins dans la région, c\'est dommage pour l\'économie',
    'Une femme en moins au conseil municipal, c\'est un recul',
  ],
);

describe('figures and emergencies stay as they were (round 31)', () => {
  it.each(['Ce show-là va tuer', 'Je vais tuer le temps', 'On va les massacrer au hockey samedi'])('no error: %s', (text) => {
    expect(errors(text)).toEqual([]);
  });
  it('a hostile wish is disrespectful, not an emergency', () => {
    expect(classifyIncoming('Faut nettoyer ce quartier-là au napalm')).toBe('disrespectful');
  });
  it('a real danger now stays an emergency', () => {
    expect(classifyIncoming('Un homme tire des coups de feu dans le quartier en ce moment, appelez le 911')).toBe('emergency-report');
  });
});

describe('known misses (round 31; a fix makes these fail: move them up)', () => {
  it.fails.each([
    // Cut for size (round 31, the cap of +0,3 Ko): a death slogan pointed at a person by abuse or a role (the tag
    // violence31-both-features holds it).
    'La mort pour ces monstres-là',
    'La mort pour ce maire-là',
    'Une balle dans la tête pour ce clown-là',
    'Au peloton, ces traîtres-là!',
    'Au poteau, ces traîtres!',
    'Au peloton, cette ordure!',
    'La guillotine pour ce conseiller-là',
    // Cut too: wrongdoers after a death slogan (as often a penal opinion), the verbless infinitive slogan of cleansing,
    // « vider », and death deserved by people pointed at by abuse.
    'La chaise électrique pour les pédophiles',
    'Pacifier la zone par la purge',
    'Nettoyer ce ghetto au lance-flammes',
    'ces maudits traîtres méritent la corde',
    'Faut bien le faire douiller ce déchet',
    'Ça ne m\'empêchera pas de te mettre un bon crochet du droit',
    'Un flic de moins, c\'est la fête',
    'On a fumé un flic, c\'est la fête',
    'J\'espère que ça recommence, les tueries dans ce quartier',
  ])('%s', (text) => {
    expect(tone(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
