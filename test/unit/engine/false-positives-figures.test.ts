/**
 * Clean sentences that once got a 3.2 error: a figure said of a thing or an animal (« une vraie plaie »
 * for mosquitoes or a work site, grammar/insult.ts), a call denounced by a denied acceptance (« il
 * n'est jamais acceptable de… », grammar/scope.ts), and an attempt told of someone else in the news
 * (« un homme a voulu incendier la mosquée », text/disrespect.ts). Each row has its flagged counterpart:
 * the same words said of a person, accepted, or by the speaker.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

/** [clean sentence, the same words made disrespectful] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Les moustiques sont une véritable plaie pour les campeurs.', 'Le maire est une véritable plaie.'],
  ['Ce chantier est une vraie plaie pour les voisins.', 'Ton chum est une vraie plaie.'],
  ['Cette vieille auto est une vraie épave.', 'Ce conseiller est une vraie épave.'],
  ['Il n’est jamais acceptable d’appeler à fusiller les immigrants.', 'Il est acceptable de fusiller les immigrants.'],
  ['Il n’est pas tolérable d’appeler à brûler les musulmans.', 'Il faut brûler les musulmans.'],
  ['Les journaux rapportent qu’un homme a voulu incendier la mosquée.', 'Il faut incendier la mosquée.'],
  ['Des jeunes ont essayé de brûler la synagogue la nuit dernière.', 'On devrait brûler la synagogue.'],
  ['Un individu aurait tenté d’incendier la mosquée hier soir.', 'Je vais tenter d’incendier la mosquée.'],
  ['Des voyous ont tenté de tabasser un itinérant au centre-ville.', 'Je vais tenter de tabasser un itinérant.'],
];

describe('a figure of a thing, a denied acceptance and a told attempt are no 3.2 error', () => {
  it.each(pairs)('« %s » is clean; « %s » is not', (clean, flagged) => {
    expect(errors(clean)).toEqual([]);
    expect(classifyIncoming(clean)).not.toBe('disrespectful');
    expect(errors(flagged).length, flagged).toBeGreaterThan(0);
  });
});
