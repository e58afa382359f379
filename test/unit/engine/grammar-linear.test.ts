/**
 * The grammar reads long pastes in bounded windows: on 100 000-character inputs made of repeated
 * group names, predicates, pronouns or threats, every repetition is judged on its own (hit counts
 * grow with the input, never across it), and nothing crashes or hangs.
 */
import { describe, expect, it } from 'vitest';
import { findGrammar } from '../../../src/engine/text/grammar/index.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

const long = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length));
const count = (text: string): number => findGrammar(tokenize(text)).length;

describe('100 000-character inputs', () => {
  it('one hit per hateful sentence, however many there are', () => {
    const unit = 'Les immigrés sont des parasites. ';
    const text = long(unit);
    expect(count(text)).toBe(text.length / unit.length);
  });

  it('group names alone, predicates alone or pronouns alone are never a finding', () => {
    expect(count(long('les immigrés les femmes les juifs les aînés '))).toBe(0);
    expect(count(long('sont des parasites des voleurs des rats '))).toBe(0);
    expect(count(long('ils les eux elles y '))).toBe(0);
  });

  it('one threat per sentence in a long repeated threat', () => {
    const unit = 'Je vais te casser la gueule. ';
    const text = long(unit);
    expect(count(text)).toBe(text.length / unit.length);
  });

  it('a group at the start does not reach a predicate thousands of words later', () => {
    const text = `Les immigrés ${'bla '.repeat(20_000)} sont des parasites`;
    expect(count(text)).toBe(0);
  });

  it('emoji, apostrophes and one long word end without error', () => {
    expect(count('🙄'.repeat(50_000))).toBe(50_000);
    expect(count("'".repeat(10_000))).toBe(0);
    expect(count('a'.repeat(100_000))).toBe(0);
  });
});
