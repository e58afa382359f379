/**
 * Round 21 (harm): misfortunes wished in shapes the read sets showed missing, each with clean counterparts written the
 * same way. A disease by its name (« une bonne pneumonie »); harm suffered (« se fassent ramasser ») names a person even when
 * the lexicon knows no group; a wish put to God (« Dieu veuille que… ») or prayed every night; a misfortune said deserved
 * (« ils méritent d'attraper… »); the matter closed by the harm (« … pis on en parle plus »). Warnings: the words are there,
 * the reading is not certain. Written for this round, not copied from any set.
 */
import { classifyIncoming, describeReading, errors, warnings } from './grammar-helpers.ts';
import { describe, expect, it } from 'vitest';

describeReading(
  'misfortunes wished (round 21, harm): a finding to check and a disrespectful comment',
  [
    'Que le conseiller attrape une pneumonie pis qu\'il passe l\'hiver à l\'hôpital',
    'j\'espère que le boss va pogner la tuberculose',
    'Que la mairesse fasse une bonne méningite, on aurait la paix',
    'une leucémie pour le voisin c\'est tout ce que je lui souhaite',
    'Que les cyclistes se fassent tous ramasser par un dix-roues',
    'que les manifestants se fassent faucher par un char sur le pont',
    'Que les chasseurs se fassent happer par le train 🚂',
    'qu\'les motoneigistes se fassent frapper sur la 40',
    'Dieu veuille que leur église passe au feu',
    'Dieu fasse que le maire se casse une jambe sur la glace',
    'que Dieu fasse que leur synagogue brûle',
    'Je prie chaque soir pour que le char du directeur prenne le clos',
    'je prie tous les matins pour que la maison du voisin passe au feu',
    'Les immigrants méritent d\'attraper le covid',
    'les vieux du CHSLD méritent de crever',
    'Une bonne tumeur, ça c\'est ce que le conseiller mérite',
    'Les musulmans mériteraient une bonne épidémie',
    'les BS méritent de mourir de faim',
    'Un bon cancer au maire pis on en parle plus',
    'Une belle crise cardiaque pour le DG pis on en parle pu',
    'un accident sur l\'autoroute pour la conseillère pis on en parle plus',
    'Que le juge pogne la gangrène',
    'je souhaite une cirrhose à mon patron',
    'les Haïtiens méritent le choléra',
    'Que les itinérants se fassent ramasser par la charrue',
  ],
  [
    'Le conseiller a attrapé une pneumonie, on lui souhaite un prompt rétablissement',
    'j\'espère que le boss va guérir de sa tuberculose',
    'Ma mère a fait une méningite quand elle était petite',
    'La leucémie du voisin est en rémission, bonne nouvelle',
    'Les cyclistes se font ramasser par les chars sur ce boulevard, faut des pistes protégées',
    'Un manifestant s\'est fait faucher par un char sur le pont hier soir',
    'Attention aux chasseurs, un homme s\'est fait happer par le train',
    'Les motoneigistes se font frapper sur la 40 chaque hiver, c\'est triste',
    'Dieu veuille que les pompiers arrivent à temps',
    'Dieu fasse que le maire se remette vite de sa jambe cassée',
    'que Dieu fasse que personne soit blessé dans l\'incendie',
    'Je prie chaque soir pour que les victimes de l\'accident s\'en sortent',
    'je prie tous les matins pour ma mère qui a le cancer',
    'Les immigrants méritent d\'être bien accueillis',
    'les vieux du CHSLD méritent pas de mourir seuls',
    'Personne mérite le cancer',
    'Les pompiers méritent une médaille après l\'incendie',
    'Les victimes de l\'accident méritent justice',
    'Le cancer du maire, on en parle plus, il est guéri',
    'Mon père a fait une crise cardiaque, il va mieux',
    'Il y a eu un accident sur l\'autoroute ce matin, soyez prudents',
    'Le juge a perdu sa jambe à cause de la gangrène, quelle histoire',
    'La cirrhose tue beaucoup de monde au Québec',
    'Le choléra a frappé Haïti après le séisme, donnez à la Croix-Rouge',
    'La charrue a ramassé la neige devant le refuge des itinérants',
  ],
  { flaggedMayWarn: true },
);

// Known miss: « … pis qu'il reste au lit » after the disease wished, the stay in bed reads as care and quiets the sentence.

describe('a misfortune wished stays a warning to check (round 21)', () => {
  it.each(['Que les écolos se fassent écraser par un camion', 'Dieu veuille que leur mosquée brûle un jour'])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
