/**
 * A people told to leave in the jussive (exclusion.ts, toldToLeave), a place forbidden them, their birth denied in the
 * past conditional, and a grammar word disguised with « 1 » for « l ». Each flagged sentence failed on 84d37a7.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'a people told to leave, in the jussive',
  [
    'Qu’ils dégagent, les immigrés.',
    'Les immigrés, qu’ils dégagent.',
    'Qu’ils décrissent, les Arabes, pis vite.',
    'Les réfugiés? Qu’ils s’en aillent tous.',
    'Qu’ils soient expulsés, les musulmans.',
    'Que les Roms soient tous chassés d’ici.',
    'Les immigrants, qu’ils apprennent le français ou qu’ils s’en aillent.',
    'Pourquoi la ville paye des interprètes pour les immigrants? Qu’y apprennent le français ou qu’y décrissent.',
  ],
  [
    'Qu’ils partent en vacances, les employés.',
    'Les réfugiés, qu’ils partent en paix et en sécurité.',
    'Qu’ils ne partent pas, les réfugiés, on a besoin d’eux.',
    'Je ne veux pas qu’ils partent, les réfugiés.',
    'Que les enfants partent tôt, la tempête arrive.',
    'Les réfugiés, qu’ils restent ou qu’ils partent, c’est leur choix.',
  ],
);

describeReading(
  'a place or a right forbidden a people',
  ['On devrait interdire la piscine municipale aux Noirs.', 'Il faudrait interdire les parcs aux Roms.', 'On devrait fermer nos écoles aux immigrés.'],
  ['On devrait interdire le cellulaire aux enfants en classe.', 'Il faut interdire la piscine aux chiens.', 'On devrait fermer la rue aux autos.'],
);

describeReading(
  'their birth denied in the past conditional',
  ['Les trisomiques n’auraient jamais dû naître.', 'Les trans auraient jamais dû exister.'],
  ['Ce pont n’aurait jamais dû exister.', 'Les réfugiés n’auraient jamais dû être abandonnés.'],
);

describeReading(
  '« 1 » for « l » in a word the grammar reads',
  ['Ma fille sera pas dans une classe avec des mongo1iens.', 'Les immigrés sont tous des crimine1s.'],
  ['Le 1er juillet, on déménage.', 'Le fichier mp3 est sur v3r.net.'],
);

describeReading(
  'a role with its qualifier, called a figure no one is by trade',
  ['Le directeur général est un parasite qui vit sur notre dos.', 'La conseillère municipale est une vraie nouille.', 'Le conseiller est une ordure qui ment.'],
  ['Le directeur général est un clown au cirque du Soleil.', 'Le ver solitaire est un parasite qui vit dans l’intestin.', 'Mon fils est un clown qui fait rire les enfants.'],
);

describeReading('a people called a perversion', ['Les trans, c’est de la perversion.', 'Les gais, c’est une perversion.'], ['La perversion du système judiciaire est un problème.', 'Il a été arrêté pour perversion sur mineur.']);

describeReading(
  'one person named by a noun spelt like its plural (« mon petit gars »)',
  ['Les gars tuent tout ce qui bouge, ces sauvages.'],
  ['Mon petit gars a tué ça au spectacle de fin d’année, tellement fier de lui!', 'Mon petit gars a volé la vedette hier soir.', 'Un bon gars a aidé ma mère à traverser.'],
);

describeReading(
  'what a people wants or will do, past the modal (the past tells history)',
  ['Les Roms vont encore voler.', 'Les immigrés veulent détruire nos valeurs.', 'Les vieux devraient pu avoir le droit de voter.'],
  ['Les femmes veulent contrôler leur corps.', 'Les Européens ont amené des maladies en Amérique.', 'Les immigrés ont été volés.', 'Les réfugiés ont fui la violence.', 'Les Haïtiens ont apporté leur musique.', 'Les jeunes de 16 ans devraient avoir le droit de voter.'],
);

describeReading(
  '« c’est » after a clause with its own subject takes up the clause, not the people it names',
  ['Les réfugiés, c’est une honte.', 'Les réfugiés, ils vivent sur notre dos, c’est une honte.', 'Je déteste les Arabes, c’est de la vermine.'],
  ['On abandonne les réfugiés, c’est une honte.', 'On laisse mourir les aînés dans les CHSLD, c’est une honte.'],
);
// A treatment denounced with « comme des … » is still read as the speaker's comparison (another reading).
describeKnownMisses([], ['Vous traitez les itinérants comme des moins que rien, c’est une honte.'], 'known: a treatment denounced (a fix makes this fail: move it up)');
