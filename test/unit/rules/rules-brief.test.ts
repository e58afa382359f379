/** « Les règles en bref » (content/rules/en-bref.yaml) explains every engine rule, and only those. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules } from '../../../src/engine/index.ts';

const entries = parse(readFileSync('content/rules/en-bref.yaml', 'utf8')) as Array<{ id: string; do?: string; dont?: string; forPeople?: boolean }>;
const ids = new Set(entries.map((e) => e.id));

describe('content/rules/en-bref.yaml', () => {
  it('a une entrée pour chaque règle du moteur', () => {
    expect(rules.map((r) => r.id).filter((id) => !ids.has(id))).toEqual([]);
  });
  it('ne parle d’aucune règle que le moteur n’a pas, et chaque entrée n’apparaît qu’une fois', () => {
    expect([...ids].filter((id) => !rules.some((r) => r.id === id))).toEqual([]);
    expect(entries).toHaveLength(ids.size);
  });
  it('une règle qui interdit ou avertit dit aussi quoi éviter', () => {
    const missing = rules.filter((r) => r.severity !== 'info').filter((r) => !entries.find((e) => e.id === r.id)?.dont);
    expect(missing.map((r) => r.id)).toEqual([]);
  });
});
