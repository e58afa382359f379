/**
 * Threats and wishes of harm against a person (3.2), read as verb + object frames: whatever the
 * verb's form or the pronoun, a threat is an error and makes the comment disrespectful; the same
 * verbs in ordinary replies (« on va vous retrouver au kiosque ») stay clean.
 */
import { describe, expect, it } from 'vitest';
import { findGrammar } from '../../../src/engine/text/grammar/index.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { classifyIncoming, errors, grammarErrors, marked } from './grammar-helpers.ts';

/** Speaker + (future, will) + object + harm: every combination is a threat. */
const speakers = ['Je vais', 'On va', 'M’as', 'Je veux', 'Jvais'];
const objects = ['te', 'vous'];
const harms = ['casser la gueule', 'péter la face', 'tuer', 'défoncer', 'sacrer une volée', 'faire payer', 'retrouver'];

describe('speaker + object + harm is a threat', () => {
  for (const s of speakers) {
    for (const o of objects) {
      // « retrouver » threatens only « te » with nothing after (« on va vous retrouver au parc »).
      for (const h of harms.filter((x) => o === 'te' || x !== 'retrouver')) {
        const text = `${s} ${o} ${h}`;
        it(text, () => {
          const hits = findGrammar(tokenize(text));
          expect(hits.map((x) => `${x.kind}/${x.severity}`)).toEqual(['threat/error']);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

const flagged = [
  '⟦Je vais te casser la gueule⟧',
  '⟦m’as te casser la yeule⟧ mon ostie',
  '⟦On va te retrouver⟧',
  '⟦Tu vas le regretter⟧',
  '⟦Vous allez le payer⟧ cher',
  '⟦Je sais où tu restes⟧',
  '⟦Je sais où vous habitez⟧',
  'J’⟦espère que tu crèves⟧',
  'j’⟦espère que tu vas crever⟧',
  '⟦Tu mérites de te faire tabasser⟧',
  '⟦Tu mérites une bonne volée⟧',
  '⟦Je te tuerai⟧',
  '⟦Je te souhaite de crever⟧',
  '⟦Va crever⟧',
  '⟦Pends-toi⟧',
  '⟦Tu vas voir ce qui⟧ va t’arriver',
  '⟦Tu perds rien pour attendre⟧',
  '⟦T’es un homme mort⟧',
  '⟦On sait où tu travailles⟧',
  '⟦Gare à toi⟧',
  '⟦je vais lui faire la peau⟧, au maire',
  '⟦Tu devrais te pendre⟧',
  '⟦Je vais brûler ta maison⟧',
  '⟦On va crever tes pneus⟧',
];

describe('threats are found with their words marked', () => {
  for (const source of flagged) {
    const { text, spans } = marked(source);
    it(text, () => {
      const got = grammarErrors(text, 'threat');
      expect(got).toEqual(spans);
      expect(errors(text).length).toBeGreaterThan(0);
    });
  }
});

const clean = [
  'On va vous retrouver au kiosque samedi',
  'Je vais vous envoyer le formulaire',
  'Nous allons vous rappeler demain',
  'Je vais te retrouver au parc à midi',
  'Tu vas aimer le nouveau parc',
  'Vous allez recevoir un avis par la poste',
  'Je sais où se trouve la bibliothèque',
  'J’espère que tu vas bien',
  'J’espère que vous passerez une belle journée',
  'Tu mérites des félicitations',
  'Je ne vais pas te frapper, voyons',
  'Le pneu va crever si tu roules dessus',
  'Je suis crevé après le déneigement',
  'Le feu va brûler toute la nuit au parc',
  'On va vous casser la croûte au souper communautaire',
  'Nous allons frapper fort avec la programmation cet été',
  'On va régler votre dossier rapidement',
  'Vous allez adorer la fête de quartier',
  'Je vais vous faire parvenir la réponse',
  'On va vous trouver une place au camp de jour',
  'Je vais descendre votre bac au chemin',
  'Nous allons vous faire payer la différence au comptoir',
  'Je vais t’attendre à l’entrée du parc',
  'Je vais frapper à votre porte vers 10 h',
];

describe('the same verbs in ordinary replies are not threats', () => {
  for (const text of clean) {
    it(text, () => {
      expect(findGrammar(tokenize(text)).filter((h) => h.kind === 'threat')).toEqual([]);
      expect(errors(text)).toEqual([]);
    });
  }
});

/** Death wished on someone else, doom announced: errors; the same verbs about plants or figures of speech stay clean. */
const deathWishes = [
  'J’⟦espère qu’il crève⟧',
  '⟦Qu’elle crève⟧',
  '⟦laissez-le mourir⟧ dans son coin',
  '⟦Il aurait dû être mort⟧ depuis longtemps',
  '⟦elle mérite de souffrir⟧',
  '⟦ils méritent de crever⟧',
  'T’as ⟦signé ton arrêt de mort⟧',
];
const notDeathWishes = [
  'J’espère qu’il va bien',
  'Il était mort de rire pendant le spectacle',
  'Laissez-le dormir, il est fatigué',
  'Il faut que la pelouse meure avant de ressemer',
  'Les fleurs devraient mourir au premier gel',
  'Je pense qu’il meurt d’envie de venir au festival',
  'Le raton laveur près du bac? Il doit être mort',
  'Les aînés seuls, ils doivent souffrir de la chaleur : appelez-les',
];

describe('death wished on someone else is a threat', () => {
  for (const source of deathWishes) {
    const { text, spans } = marked(source);
    it(text, () => {
      const got = grammarErrors(text, 'threat');
      expect(got).toEqual(spans);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
  for (const text of notDeathWishes) {
    it(`clean: ${text}`, () => {
      expect(errors(text)).toEqual([]);
    });
  }
});
