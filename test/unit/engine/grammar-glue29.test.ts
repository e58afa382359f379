/**
 * Round 29, disguised insults and slurs: words run together by « de » (near.ts, deChain: « gangdecaves »,
 * « bandedemauditsdecrissdebsdemarde »), an ambiguous slur made a person by a body or place of people as its complement
 * (hate.ts: « les tapettes du conseil, de la bibliothèque »; the tool keeps « de plastique », « du garage »), and « = » read
 * as the copula (stream.ts: « Mosquée = nid à … », the breeding-ground claim without its article). The clean rows share the
 * surface: a glued hashtag of ordinary words, the fly swatter and the mouse trap, « = » in a note. Written for this round,
 * not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/engine/index.ts';
import { segment } from '../../../src/engine/text/grammar/near.ts';
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'words glued by « de », three to five of them (round 29)',
  [
    'Gangdecaves au conseil, comme dhabitude',
    'Une gangdetapettes à la mairie pis personne dit rien',
    'bandedecrissdebsdemarde qui vivent sur notre dos',
    'Gangdebsdemarde qui se pognent le cul toute la journée',
    'Espècedecrissdecave, va te cacher',
    'Bandedemauditsdecrissdebsdemarde',
    'Une gangdidiots au conseil municipal',
    'Les élus, une gangdeparasitesdemarde',
    'GANGDETAPETTES au comité',
    'bandedeporcsdemarde au conseil',
  ],
  [
    'Une gang de bénévoles au parc ce matin',
    '#fetedelamusique au parc Champlain ce soir',
    'Une tapettedecuisine neuve pour ma mère',
    'Le #coindelarue est fermé pour travaux',
    'Le plandeville est sur le site',
    'Une gangdeamis au parc',
    'Le bazardaient fermé hier',
    'Je suis autodéterminé à finir ce projet',
  ],
);

describe('a chain glued by « de » is cut into its words (round 29)', () => {
  it.each([
    ['gangdecaves', 'gang de caves'],
    ['gangdecrissdebsdemarde', 'gang de criss de bs de marde'],
    ['gangdidiots', 'gang d idiots'],
  ])('%s', (glued, words) => expect(segment(glued)?.join(' ')).toBe(words));
  it('leaves dictionary words and ordinary chains whole', () => {
    for (const w of ['autodeterminer', 'bazardaient', 'fetedelamusique', 'plandeville']) expect(segment(w), w).toBeUndefined();
  });
});

describeReading(
  'an ambiguous slur with a body or place of people as its complement (round 29)',
  [
    'Les tapettes de la bibliothèque avec leur heure du conte',
    'Les tapettes du conseil ont encore voté pour ça',
    "Les tapettes de l'hôtel de ville décident de tout",
    'Les t@p3tt3s de la mairie',
    'les tapettes du comité de la fierté',
    'Les tapettes de ton école, on les connaît',
    'Les tapettes de la parade bloquent la rue encore',
  ],
  [
    'Les tapettes à souris de la bibliothèque sont pleines',
    'Des tapettes de plastique en vente au comptoir',
    'Les tapettes du garage sont sur la tablette',
    'La tapette de ma grand-mère est dans le tiroir',
    'Les tapettes de la quincaillerie sont en spécial',
    'Les tapettes à mouches de la cuisine sont brisées',
    'La ville distribue des tapettes à mouches au conseil de quartier',
  ],
);

describeReading(
  '« = » as the copula, and the breeding ground without its article (round 29)',
  [
    'Mosquée = nid à terroristes',
    'Mosquée = nid à t3rr0r1st3s, ouvrez-vous les yeux',
    'La synagogue = repaire de criminels',
    'Leur mosquée est nid à coquerelles',
    'Musulmans = terroristes',
    'Les immigrés = des parasites',
  ],
  [
    'Piscine = fermée',
    'Bibliothèque = nid à poussière',
    'Le parc = repaire de criminels le soir',
    'Musulmans = voisins',
    'Islam = paix',
    '2 + 2 = 4',
    'Le vieux motel = nid à coquerelles',
    'Cette ruelle est devenue repaire de vendeurs de drogue',
  ],
);

describeKnownMisses(
  [
    // A short word in leet (« n1d »): the digit reader keeps to listed words.
    'Mosquée = n1d à t3rr0r1st3s',
    // « une gang de » before an insult that is also an ordinary noun (« caves »): « une » reads as « a kind of ».
    'Une gang de caves au conseil',
  ],
  [],
);
