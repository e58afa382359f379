/**
 * Round 31 (name-calling aimed at a person, as real comments write it): a political label, a disability or a body called at
 * someone (a vocative, « espèce de », an oath or « gros » without a determiner, « t'es un… », « charlot de… », a title),
 * an animal after « gros » pointed at someone, and insulting nouns read with their article (« un dépravé », « des barbares »).
 * Clean counterparts share the surface: the same labels in a description, the disability in its factual use, the animal
 * in a field, the country. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, errors } from './grammar-helpers.ts';

describeReading(
  'a political label called at someone (round 31)',
  [
    'Espèce de bobo gauchiste, retourne sur le Plateau',
    'espece de facho',
    'Maudit gauchiste, va chialer ailleurs',
    'Garde tes leçons pour toi, le facho.',
    'Fais ta job pis tais-toi, le gauchiste',
    'Merci madame la wokiste, on avait compris',
    'Bravo monsieur le droitard',
    'Charlot de gauchiste!',
    'Pauvre imbécile de facho',
    'T\'es juste un gauchiste de salon',
    'vous êtes une gang de fachos',
    'Un complotiste dégénéré comme toi devrait pas voter',
    'Ben voyons donc, le complotiste',
  ],
  [
    'Le discours gauchiste du parti est connu depuis longtemps',
    'Mon voisin se dit gauchiste pis il vote pour le NPD',
    'Est-ce que le projet est trop gauchiste selon vous?',
    'Ma voisine, la gauchiste du coin, m\'a prêté sa souffleuse',
    'On m\'a traité de facho parce que je veux plus de stationnement',
    'C\'est qui, le facho dans l\'histoire?',
    'J\'ai voté pour le gauchiste',
    'Le mot « facho » est utilisé à tort et à travers',
  ],
);

describeReading(
  'a disability or a stature called at someone (round 31)',
  [
    'Toi l\'autiste, personne t\'a demandé ton avis',
    'Retourne jouer dehors, le trisomique',
    'T\'es un autiste ou quoi?',
    'Lâche-moi, le nain.',
    'maudit handicapé, tu sais pas lire',
    'Gros attardé',
  ],
  [
    'Les personnes trisomiques ont droit à des services adaptés',
    'Un enfant autiste a besoin de soutien à l\'école',
    'Mon fils est autiste pis le camp de jour l\'a accueilli',
    'Pauvre autiste, il se fait écœurer au parc',
    'Le stationnement pour handicapé est toujours pris',
    'Le nain de jardin a disparu de mon terrain',
    'La Mongolie est un beau pays',
    'On a mangé au barbecue mongol hier',
    'J\'ai visité la Mongolie l\'été passé',
  ],
);

describeReading(
  'a body or an animal called at someone (round 31)',
  [
    'Le gros lard dans l\'autobus prenait deux places',
    'Regarde le gros lard qui bloque l\'allée',
    'Cette grosse vache a encore stationné dans ma place',
    'Grosse truie, bouge de là',
    'cette grosse baleine prend tout le trottoir',
    'T\'es une baleine, arrête de manger',
    'Elle est boudinée dans ses leggings, ça a pas d\'allure',
  ],
  [
    'Il y a une grosse vache dans le champ du voisin',
    'La grosse tempête arrive ce soir',
    'On a vu une grosse baleine à Tadoussac',
    'Le gouvernement traite la Ville comme une vache à lait',
    'Ajoutez du lard salé dans la soupe aux pois',
    'Une grosse dinde pour Noël, c\'est 40 $',
  ],
);

describeReading(
  'insulting nouns with their article (round 31)',
  [
    'Le conseiller est un dépravé',
    'T\'es un dégénéré mon gars',
    'Ces barbares ont tout cassé au parc',
    'Espèce de dépravé',
  ],
  [
    'La situation a dégénéré après la séance',
    'Ce geste barbare a choqué le quartier',
    'Les invasions barbares, c\'est un bon film',
  ],
);

describe('the labels stay a question of tone in a description (round 31)', () => {
  it.each(['Le discours gauchiste du parti est connu depuis longtemps', 'Les fachos ont manifesté devant l\'hôtel de ville'])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

describeKnownMisses(
  [
    'La grosse au comptoir m\'a même pas regardé',
    'Une vraie baleine, la madame de l\'accueil',
    'Regarde le trisomique qui parle au micro',
    'Le maire, ce clown, a encore rien fait',
    'toi le diminué tu parles pas',
  ],
  [],
);
