/**
 * Hate frames beyond « G sont des P »: a broad class of condemnation, the reader counted in the group
 * (« les … comme vous »), exceptives (« rien d'autre que »), worth denied, emotions toward a group,
 * accusations. Each class has a clean counterpart in the same words: negated, positive, or not about people.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups = ['les immigrants', 'les musulmanes', 'les blacks', 'les homos', 'les clandos', 'les personnes handicapées', 'les aînés', 'les BS'];

/** Class → hateful frames, then clean frames with the same words. */
const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  condemnation: {
    hateful: ['{G} sont absolument abjects.', '{G} sont juste irrécupérables', '{G} sont tous malhonnêtes', '{G} sont sans aucun doute les personnes les plus stupides du Québec.', '{G} sont cruels pis ignobles', '{G} sont des créatures répugnantes.', '{G} sont la pire espèce', '{G} sont une insulte à la nature.', 'Seuls {g} peuvent être ignorants à ce point.', '{G} ne peuvent s’empêcher d’être répugnants.', '{G} sont contre nature.', '{G} sont un poids pour la société.', '{G}, quelle plaie.'],
    clean: ['{G} ne sont pas malhonnêtes.', 'Les délais sont aberrants pour {g}.', 'Le sort réservé aux personnes seules est révoltant, disent {g}.', 'Le sort réservé aux {s}s est révoltant.', '{G} sont sans aucun doute les bienvenus.', '{G} peuvent être malades l’hiver, soyez vigilants.', '{G} peuvent être victimes de fraudeurs.', '{G} ne peuvent pas être stupides à ce point, voyons.', '{G}, quel plaisir de vous recevoir!', 'Le poids des sacs est un enjeu pour {g}.'],
  },
  'the reader in the group': {
    hateful: ['{G} comme vous sont immondes', '{G} comme toi sont juste pitoyables.', '{G}, comme vous, sont des parasites'],
    clean: ['{G} comme vous sont les bienvenus au centre communautaire.', '{G} comme toi ne sont pas des parasites.'],
  },
  'subject shapes': {
    hateful: ['{G} au volant sont dangereux.', 'Il n’y a rien que je déteste plus qu’un {s}.', 'Un {s}, c’est un parasite.', 'Un {s} typique, c’est un profiteur', 'Vous et tous les autres {n} êtes des parasites.', 'Je trouve {g} tellement aberrants', 'Nul n’est aussi crasseux que ces {n}', '{G}? Leurs vies ne valent rien.', '{G} comme vous devriez savoir que vos vies sont sans valeur.'],
    clean: ['{G} au volant sont nombreux le matin.', 'Je ne déteste plus {g}, je les comprends.', 'Un {s}, c’est une personne comme les autres.', 'Un {s} typique, c’est un voisin comme un autre', 'Je ne trouve pas {g} aberrants.', 'Je trouve {g} tellement gentils', '{G} ne sont pas aussi sales que le prétend ce voisin.', '{G} ont leurs vies à vivre.', 'Le programme pour {g} ne vaut rien, selon le comité.'],
  },
  exceptives: {
    hateful: ['{G} ne sont rien d’autre que des cafards.', '{G} comme vous, n’êtes pas mieux que des rats.', '{G} valent moins que des chiens', 'Ces {n}, ils ne sont rien de plus que des parasites'],
    clean: ['{G} ne sont pas des cafards.', '{G} ne valent pas moins que nous.', '{G} ne sont rien d’autre que des citoyens comme les autres.', 'Les billets valent moins que prévu pour {g}.'],
  },
  'worth denied, a positive negated': {
    hateful: ['Les vies des {n} ne valent absolument rien.', 'La vie d’un {s} ne vaut rien', '{G} ne devraient compter pour personne.', '{G} ne sont pas nos égaux.', '{G} ne sont pas dignes de vivre', '{G} n’ont aucun droit d’être en vie.', '{G} ne seront jamais aussi intelligents que nous.', '{G} ne valent pas la peine d’être sauvés.', 'La vie des {n} ne vaut pas un clou.', 'Les vies des {n} ne comptent pas.', '{G} ne seront jamais des nôtres', '{G} ne sont bons qu’à quêter.', '{G} ne méritent pas le droit de vote.', 'Je n’ai aucune compassion pour {g}.', '{G} servent strictement à rien.'],
    clean: ['Les vies des {n} comptent.', 'La vie d’un {s} vaut autant que la tienne', '{G} peuvent compter sur le service.', '{G} sont nos égaux.', '{G} n’ont pas le droit de stationner ici l’hiver.', '{G} sont aussi intelligents que nous.', 'Ça ne vaut pas la peine de se déplacer, disent {g}.', '{G} ne comptent pas sur nous pour ça.', '{G} ne méritent pas ça.', '{G} méritent le droit de vivre dignement.', 'J’ai beaucoup de compassion pour {g}.'],
  },
  'a quality denied to the whole group': {
    hateful: ['Il n’existe pas de {n} intelligents.', 'Y’a pas de {n} honnêtes', 'Un {s} intelligent, ça n’existe pas.', 'Aucun {s} ne pourra jamais être un membre utile de la société.'],
    clean: ['Il n’y a pas de {n} dans le comité.', 'Il n’existe pas de programme pour {g} cette année.', 'Aucun {s} n’est plus important qu’un autre.', 'Aucun {s} ne sera laissé seul pendant la canicule.'],
  },
  'emotions toward a group': {
    hateful: ['{G}? J’ai juste du mépris pour eux.', 'J’exècre le monde, surtout quand c’est des {n}.', '{G}? Je pense juste qu’ils agissent comme de la vermine.', 'J’en ai marre des {n}.', 'J’aime pas {g}.', 'Je déteste être entouré de {n}.', '{G} me dégoûtent au plus haut point.', 'Je ne respecterai jamais {g}.', 'Je ferai jamais confiance à un {s}.', 'Il n’y a rien de pire qu’un {s}.', 'On peut jamais faire confiance aux {n}', '{G} comme vous me rendent malade.', 'Voir des {n} ici me met hors de moi.', '{G} me donnent la nausée', 'J’ai trop de dédain pour {g}', 'Je ne ressens que de l’aversion pour {g}.', 'Je suis dégoûté par tous {g}.', '{G} me font bouillir', 'Croiser des {n} au dépanneur me donne envie de vomir.'],
    clean: ['{G}? J’ai beaucoup de respect pour eux.', '{G}? Ils dorment comme des bébés après la fête.', 'Je déteste voir des {n} seuls à Noël.', '{G} ne me dégoûtent pas.', 'Je ne respecte pas assez {g}, je l’avoue.', 'Il n’y a rien de pire qu’une panne de courant pour {g}.', 'On peut faire confiance aux {n} du comité.', 'Le bruit me rend malade, disent {g}.', 'Je n’ai pas de haine pour {g}.', 'J’ai beaucoup de respect pour {g}.', 'Je suis dégoûté par le traitement réservé à des gens comme vous.', 'Voir des {n} se faire insulter me rend malade.', 'Croiser des {n} au parc me rend heureux.'],
  },
  accusations: {
    hateful: ['{G} imposent leur religion', '{G} ramènent la criminalité ici.', '{G} veulent coloniser notre pays', '{G} imposent leurs règles partout.', '{G} contrôlent tout.', '{G} coûtent une fortune aux contribuables', '{G} envahissent le Québec.', '{G} complotent contre nous'],
    clean: ['{G} pratiquent leur religion en paix.', '{G} ramènent leurs bacs au garage.', '{G} apportent leur culture au festival.', '{G} ne coûtent pas une fortune, contrairement à ce qu’on dit.', 'Le programme pour {g} coûte une fortune à gérer, selon le comité.'],
  },
};

/** Singular member for « la vie d’un … ». */
const singular: Record<string, string> = { 'les immigrants': 'immigrant', 'les musulmanes': 'musulman', 'les blacks': 'black', 'les homos': 'homo', 'les clandos': 'clando', 'les personnes handicapées': 'handicapé', 'les aînés': 'aîné', 'les BS': 'BS' };

describe('hateful frames about a group are an error and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of hateful) {
        const text = fill(frame, group).replaceAll('{s}', singular[group]!).replaceAll('{n}', group.slice(4));
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

describe('the same words, negated, positive or not about people, stay clean', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of clean) {
        const text = fill(frame, group).replaceAll('{s}', singular[group]!).replaceAll('{n}', group.slice(4));
        it(`${name}: ${text}`, () => {
          expect(errors(text)).toEqual([]);
          expect(classifyIncoming(text)).not.toBe('disrespectful');
        });
      }
    }
  }
});

/** Slurs that are also a first name or a participle: slurs only right after a determiner. */
const determined: Array<[string, boolean]> = [
  ['Pas surprenant venant d’une fatma comme toi.', true],
  ['Encore une bande de fatmas.', true],
  ['Les dégénérés du coin ont encore brisé le banc.', true],
  ['Fatma Benali a posé une question au conseil.', false],
  ['Merci Fatma pour ton aide!', false],
  ['La réunion a vite dégénéré en chicane.', false],
  ['Le tissu du genou était dégénéré selon le médecin.', false],
];

describe('slurs that are also names or participles', () => {
  for (const [text, hateful] of determined) {
    it(text, () => {
      if (hateful) expect(errors(text).length).toBeGreaterThan(0);
      else expect(errors(text)).toEqual([]);
    });
  }
});

/** Accusations said of a role are complaints, not hate (the same verbs as above, said of where people work). */
const roles = ['J’en ai marre des cyclistes sur le trottoir.', 'J’aime pas les jeunes qui flânent au parc la nuit.', 'Je déteste travailler avec des fonctionnaires pressés.', 'Les fonctionnaires imposent leurs règles.', 'Les touristes envahissent la ville pour le festival.', 'Les cyclistes coûtent cher à la Ville.', 'Les cols bleus contrôlent tout dans ce dossier-là.'];
describe('accusations said of a role stay clean', () => {
  for (const text of roles) it(text, () => expect(errors(text)).toEqual([]));
});
