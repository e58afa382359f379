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
import { encode, featuresOf, loadCorpus, train, WEIGHTS_FILE, type Entry } from '../../../src/build/learned-weights.ts';
import { classifyIncomingDetailed } from '../../../src/engine/index.ts';
import { LEARNED_LINE } from '../../../src/engine/text/grammar/learned.ts';
import { errors, warnings } from './grammar-helpers.ts';

const corpus = loadCorpus();
const score = (model: ReturnType<typeof train>, text: string): number => {
  let z = model.bias;
  for (const f of featuresOf(text)) z += model.weights.get(f) ?? 0;
  return z;
};

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

describe('on sentences held out of its training', () => {
  // Every fifth sentence of each side is held out; the rest trains a model of its own.
  const held = (e: Entry, i: number): boolean => i % 5 === 0 && featuresOf(e.text).length > 0;
  const model = train(corpus.filter((e, i) => !held(e, i)));
  const test = corpus.filter(held);
  const share = (label: string): number => {
    const side = test.filter((e) => e.label === label);
    return side.filter((e) => score(model, e.text) > LEARNED_LINE).length / side.length;
  };
  it('finds most hateful sentences about a group', { timeout: 60_000 }, () => {
    expect(share('flag')).toBeGreaterThan(0.4);
  });
  it('leaves nearly all clean sentences about a group below its line', { timeout: 60_000 }, () => {
    expect(share('clean')).toBeLessThan(0.04);
  });
});

const learnedWarning = (text: string): boolean => classifyIncomingDetailed(text).disrespect.some((d) => d.doubtful === 'learned');

/** Our own sentences, none in the corpus: hate no frame reads, said of a group. */
const flagged = [
  'Les Haïtiens du quartier, on sait ben comment ça finit à chaque fois.',
  'Depuis que les immigrants sont arrivés sur ma rue, les poubelles traînent partout, drôle de hasard hein',
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
