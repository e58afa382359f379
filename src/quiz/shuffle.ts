/**
 * Deterministic shuffling: the same seed gives the same order, so an attempt resumed after a reload
 * shows the choices where they were. Seed 0 keeps the author's order (server-rendered HTML).
 */

/** mulberry32: a tiny, well-distributed 32-bit PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to derive one seed per scenario from the attempt's seed. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A shuffled copy (Fisher–Yates); seed 0 returns the items in their original order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  if (seed === 0) return out;
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The order of a scenario's choices in an attempt. */
export const choiceOrder = <T>(choices: readonly T[], attemptSeed: number, scenarioId: string): T[] =>
  shuffle(choices, attemptSeed === 0 ? 0 : (attemptSeed ^ hash(scenarioId)) >>> 0 || 1);

/** A fresh non-zero seed for a new attempt. */
export const newSeed = (): number => Math.floor(Math.random() * 0xfffffffe) + 1;
