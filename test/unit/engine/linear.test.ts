/**
 * Linear by construction (issue 14): on adversarial text (long runs of every character class,
 * repeated words after each lexicon head word, one very long word, repeated rule-triggering
 * sentences, random fast-check strings), the cost of the whole engine — evaluate in every kind of
 * situation and of incoming message, and classifyIncoming — grows at most about tenfold from 10 000
 * to 100 000 characters. A ratio measured in the same run (one long text against ten short ones,
 * interleaved, minimum of three rounds, up to four tries), so a busy machine does not make it fail;
 * absolute figures live in `npm run bench`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill, generators, type Generator } from '../../support/adversarial.ts';
import { runAll } from '../../support/cost.ts';

/** Tenfold the input, tenfold the time, with half again as slack for the machine's noise. */
const MAX_RATIO = 15;

/**
 * The cost of the long text against ten runs of the short one: both sides last about as long, so a
 * busy moment weighs on both alike; the minimum of interleaved rounds is kept.
 */
function growth(make: (n: number) => string): { small: number; big: number; ratio: number } {
  const smallText = make(10_000);
  // The engine keeps what it read of the last text (tokens, acts, 3.2 findings): the short runs
  // alternate two texts of the same make, so each run reads its text as the long run does.
  const smallTexts = [smallText, `${smallText.slice(0, -1)}${smallText.endsWith(' ') ? '.' : ' '}`] as const;
  const bigText = make(100_000);
  runAll(smallText); // warm-up: compile the patterns once
  let small = Number.POSITIVE_INFINITY;
  let big = Number.POSITIVE_INFINITY;
  // Two rounds of six short runs and one long: the minimum resists a busy machine, and a quadratic
  // step (a hundredfold) stays far above the bound; more rounds only cost suite time.
  for (let round = 0; round < 2; round += 1) {
    let t = performance.now();
    for (let j = 0; j < 6; j += 1) runAll(smallTexts[j % 2]!);
    small = Math.min(small, (performance.now() - t) / 6);
    t = performance.now();
    runAll(bigText);
    big = Math.min(big, performance.now() - t);
  }
  return { small, big, ratio: big / small };
}

const randomUnits: Generator[] = fc
  .sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), { numRuns: 4, seed: 20_191_204 })
  .concat(fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { numRuns: 2, seed: 40 }))
  .map((unit, k) => ({ name: `fast-check string ${k + 1}`, make: (n: number) => fill(unit, n) }));

describe('the engine is linear in the length of the text', () => {
  it.each([...generators, ...randomUnits].map((g) => [g.name, g] as const))('%s', { timeout: 240_000 }, (_name, g) => {
    for (const n of [10_000, 100_000]) expect(g.make(n).length).toBe(n);
    // A quadratic pattern grows a hundredfold every time; a busy moment passes: up to four tries.
    let best = growth(g.make);
    for (let attempt = 1; attempt < 4 && best.ratio > MAX_RATIO; attempt += 1) {
      const again = growth(g.make);
      if (again.ratio < best.ratio) best = again;
    }
    expect(best.ratio, `10 000 characters: ${best.small.toFixed(1)} ms, 100 000: ${best.big.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
  });
});
