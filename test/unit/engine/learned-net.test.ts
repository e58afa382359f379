/**
 * The learned net (3.2, grammar/learned.ts): a sentence about a group that no frame reads, scored by weights learned
 * from our own labelled sentences (content/language/*.json). It gives a WARNING (« à vérifier »), never an error, and
 * the received comment is « disrespectful » as a doubt. Its weights are the corpus's: a change of corpus or lexicon
 * without a new training fails here. A fifth of the corpus, held out of a training run, measures what it does on
 * sentences it never saw.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode, loadCorpus, train, WEIGHTS_FILE, type Entry } from '../../../src/build/learned-weights.ts';
import { classifyIncomingDetailed } from '../../../src/engine/index.ts';
import { readSentence, sentenceFeatures } from '../../../src/engine/text/grammar/learned.ts';
import { streamOf } from '../../../src/engine/text/grammar/stream.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { errors, warnings } from './grammar-helpers.ts';

const corpus = loadCorpus();
/** Each sentence of a text as the engine reads it: whether it names a group, and whether a model puts it over its line. */
const readings = (model: ReturnType<typeof train>, text: string): Array<{ group: boolean; over: boolean }> =>
  [...sentenceFeatures(streamOf(tokenize(text))).values()].map((f) => ({
    group: f.includes('G'),
    over: readSentence(f, (x) => model.weights.get(x) ?? 0, model.bias),
  }));

describe('the weights are the corpus’s', () => {
  it('a fresh training on content/language gives the committed weights (else: npx node src/build/learned-weights.ts)', { timeout: 60_000 }, () => {
    expect(encode(train(corpus))).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
  });
  it('holds hundreds of our own sentences on each side', () => {
    expect(corpus.filter((e) => e.label === 'flag').length).toBeGreaterThan(1000);
    expect(corpus.filter((e) => e.label === 'clean').length).toBeGreaterThan(1000);
  });
});

describe('a malformed corpus file stops the build with the file, the entry and the field', () => {
  const dirWith = (content: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'bad.json'), content);
    return dir;
  };
  it('a wrong label', () => {
    expect(() => loadCorpus(dirWith('[{"text":"Bonjour","label":"clean"},{"text":"Allo","label":"ok"}]'))).toThrow(/bad\.json, entrée 1, champ « label » : « flag » \(haineux\) ou « clean » \(propre\) est attendu/);
  });
  it('an empty text', () => {
    expect(() => loadCorpus(dirWith('[{"text":"","label":"flag"}]'))).toThrow(/bad\.json, entrée 0, champ « text » : une phrase non vide est attendue/);
  });
  it('not JSON, not an array', () => {
    expect(() => loadCorpus(dirWith('{'))).toThrow(/bad\.json : JSON invalide/);
    expect(() => loadCorpus(dirWith('{"text":"x"}'))).toThrow(/bad\.json : une liste de \{ text, label, sub \} est attendue/);
  });
});

/**
 * Measured at session 12: 38 % of held-out hateful texts that name no group, 1,7 % of ordinary ones. With the converged
 * trainer (session 16, L2 3e-5) and its lines: 44 % and 3,1 % (fewer clean doubts on the read sets and the dev file, more
 * on this fifth of our own sentences, which hold the ordinary sentences written to look hateful); the lines leave room.
 */
const FLAG_PLAIN = 0.3;
const CLEAN_PLAIN = 0.04;

describe('on sentences held out of its training', () => {
  // Every fifth sentence of each side is held out; the rest trains a model of its own. A text is flagged when one of its
  // sentences is over its line; « about a group » when one of them names a group.
  const held = (_: Entry, i: number): boolean => i % 5 === 0;
  const model = train(corpus.filter((e, i) => !held(e, i)));
  const test = corpus.filter(held).map((e) => ({ label: e.label, read: readings(model, e.text) }));
  const share = (label: string, group: boolean): number => {
    const side = test.filter((e) => e.label === label && e.read.some((r) => r.group) === group);
    return side.filter((e) => e.read.some((r) => r.over)).length / side.length;
  };
  it('finds most hateful sentences about a group', { timeout: 60_000 }, () => {
    expect(share('flag', true)).toBeGreaterThan(0.4);
  });
  it('leaves nearly all clean sentences about a group below its line', { timeout: 60_000 }, () => {
    expect(share('clean', true)).toBeLessThan(0.04);
  });
  it('finds a good share of threats, harm wishes and contempt that name no group', { timeout: 60_000 }, () => {
    expect(share('flag', false)).toBeGreaterThan(FLAG_PLAIN);
  });
  it('leaves nearly all ordinary sentences that name no group below their line', { timeout: 60_000 }, () => {
    expect(share('clean', false)).toBeLessThan(CLEAN_PLAIN);
  });
});

/** Whether the received comment carries the learned net's doubt of that kind (about a group, or naming none). */
const hasDoubt = (text: string, doubt: 'learned' | 'learned-plain'): boolean => classifyIncomingDetailed(text).disrespect.some((d) => d.doubtful === doubt);
const learnedWarning = (text: string): boolean => hasDoubt(text, 'learned');

/** Our own sentences, none in the corpus: hate no frame reads, said of a group. */
const flagged = [
  // (« on sait ben comment ça finit » is now read as a hint, hint.ts round 29: the example says « se termine ».)
  'Les Haïtiens du quartier, on sait ben comment ça se termine à chaque fois.',
  // (« drôle de hasard » is now read as a hint, hint.ts: the learned net is the last net, so the example says « drôle » alone.)
  'Depuis que les immigrants sont arrivés sur ma rue, les poubelles traînent partout, drôle hein',
];
/** Still missed by every reading, the learned net included (a fix makes these fail: move them up). */
const missed = ['Pas étonnant que le centre-ville soit rendu de même avec tous les itinérants qui traînent.'];
/** The same groups, said well of, helped or defended. */
const clean = [
  'Les Haïtiens du quartier organisent une fête samedi au parc Pie-XII.',
  'Merci aux immigrants qui travaillent dans nos épiceries, on vous apprécie.',
  'Les itinérants ont besoin d’un refuge ouvert la nuit cet hiver.',
  'Bienvenue aux familles syriennes arrivées cette semaine!',
];

/** Our own sentences, none in the corpus: a threat or contempt that names no group and that no frame reads. */
const flaggedPlain = [
  'Un moment donné quelqu\'un va te régler ton cas, pis ça sera pas trop tôt.',
  // (« Ce monde-là, on sait ben c'est qui… » names people by pointing at them: the hint reads it, hint.ts.)
  'Le monde du coin, on sait ben c\'est qui qui vole les vélos au parc.',
];
/** Ordinary messages with the same strong words: a request, a promise, a past threat reported, an emergency, a joke. */
const cleanPlain = [
  'Pouvez-vous venir ramasser la grosse branche tombée sur le terrain de la Ville derrière chez nous?',
  'On va passer chez vous demain pour régler le problème du compteur.',
  'Mon voisin m\'a menacé hier soir, j\'ai appelé la police.',
  'Ce show-là va tuer, j\'ai tellement hâte!',
  'Fais attention en sortant du stationnement, la glace est traître ce matin.',
];
const plainWarning = (text: string): boolean => hasDoubt(text, 'learned-plain');

describe('what a person sees when no group is named', () => {
  it.each(flaggedPlain)('a warning to check, never an error, about whom the words may target: %s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).some((f) => /peut-être/.test(f.message) && /visent quelqu’un/.test(f.message))).toBe(true);
    expect(plainWarning(text)).toBe(true);
    expect(classifyIncomingDetailed(text).kind).toBe('disrespectful');
  });
  it.each(cleanPlain)('no learned warning: %s', (text) => {
    expect(plainWarning(text)).toBe(false);
    expect(learnedWarning(text)).toBe(false);
  });
  it('stays quiet on words quoted to be denounced', () => {
    for (const text of flaggedPlain) expect(plainWarning(`Il m’a écrit : « ${text} » C’est inacceptable.`), text).toBe(false);
  });
  it('an emergency told beside the doubt stays an emergency', () => {
    const text = `${flaggedPlain[0]} Il est devant chez nous avec un bidon d’essence, appelez le 911!`;
    expect(plainWarning(text)).toBe(true);
    expect(classifyIncomingDetailed(text).kind).toBe('emergency-report');
  });
});

describe('what a person sees', () => {
  it.each(flagged)('a warning, never an error, and a doubtful disrespectful comment: %s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length).toBeGreaterThan(0);
    expect(learnedWarning(text)).toBe(true);
    expect(classifyIncomingDetailed(text).kind).toBe('disrespectful');
  });
  it.fails.each(missed)('known miss (a fix makes this fail: move it up): %s', (text) => {
    expect(learnedWarning(text)).toBe(true);
  });
  it.each(clean)('no learned warning: %s', (text) => {
    expect(learnedWarning(text)).toBe(false);
  });
  it('stays quiet on hate quoted or denounced', () => {
    for (const text of flagged) {
      expect(learnedWarning(`Il a écrit : « ${text} » C’est inacceptable.`), text).toBe(false);
    }
  });
  it('says why, as a doubt, over the group and the word that weighs most, not the whole sentence', () => {
    const text = flagged[0]!;
    const w = warnings(text);
    expect(w.some((f) => /peut-être/.test(f.message) && /lecture apprise/.test(f.message))).toBe(true);
    const doubt = classifyIncomingDetailed(text).disrespect.find((d) => d.doubtful === 'learned')!;
    const shown = text.slice(doubt.start, doubt.end);
    expect(shown).toContain('Haïtiens');
    expect(shown.length).toBeLessThan(text.length);
  });
});
