/**
 * Saved progress: read back as saved; corrupted JSON, a wrong shape or another version are reset with
 * a notice; a storage that throws (disabled, private mode, full) never breaks the page.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgress, MAX_NAME_LENGTH, moduleKey, parseProgress, PROGRESS_VERSION, recordResult, type Progress } from '../../../src/quiz/progress';
import { localProgressStore, memoryProgressStore, STORAGE_KEY } from '../../../src/quiz/progress-store';

/** A Storage in memory, like the browser's. */
function fakeStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => { data.delete(k); },
    setItem: (k, v) => { data.set(k, String(v)); },
  };
}

const sample = (): Progress => ({
  ...emptyProgress(),
  results: { [moduleKey('employees', 'opinion-personnelle')]: { score: 2, total: 3, completedAt: '2025-03-01T14:00:00.000Z' } },
  attempts: { [moduleKey('employees', 'qui-publie')]: { seed: 42, round: 1, queue: ['a', 'b'], index: 1, selected: null, checked: false, first: { a: 'x' }, latest: { a: 'x' } } },
  names: { employees: 'Marie Côté' },
});

describe('la progression enregistrée', () => {
  it('se relit telle qu’elle a été enregistrée', () => {
    const storage = fakeStorage();
    const store = localProgressStore(() => storage);
    expect(store.save(sample())).toBe(true);
    expect(store.load()).toEqual({ progress: sample(), notice: null });
  });

  it('commence vide, sans message, la première fois', () => {
    expect(localProgressStore(() => fakeStorage()).load()).toEqual({ progress: emptyProgress(), notice: null });
  });

  it.each([
    ['du JSON illisible', '{"version":1,"results":'],
    ['un tableau', '[1,2,3]'],
    ['une chaîne', '"bonjour"'],
  ])('est remise à zéro avec un message poli quand elle contient %s', (_what, raw) => {
    const storage = fakeStorage({ [STORAGE_KEY]: raw });
    const loaded = localProgressStore(() => storage).load();
    expect(loaded).toEqual({ progress: emptyProgress(), notice: 'corrupt' });
    // Replaced, so the message is shown once.
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(emptyProgress());
  });

  it('est remise à zéro avec un message quand elle vient d’une autre version', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ ...sample(), version: PROGRESS_VERSION + 1 }) });
    expect(localProgressStore(() => storage).load()).toEqual({ progress: emptyProgress(), notice: 'old-version' });
    expect(parseProgress(JSON.stringify({ results: {} })).problem).toBe('old-version');
  });

  it('écarte une à une les entrées invalides et garde les autres', () => {
    const raw = sample() as unknown as Record<string, Record<string, unknown>>;
    raw['results']!['elected/x'] = { score: 5, total: 3, completedAt: '2025-03-01' };
    raw['results']!['elected/y'] = { score: 1, total: 3, completedAt: 'hier' };
    raw['attempts']!['elected/z'] = { seed: -1 };
    const { progress, problem } = parseProgress(JSON.stringify(raw));
    expect(problem).toBe('partial');
    expect(progress).toEqual(sample());
  });

  it('coupe un nom trop long', () => {
    const { progress } = parseProgress(JSON.stringify({ ...sample(), names: { employees: 'x'.repeat(100_000) } }));
    expect(progress.names.employees).toHaveLength(MAX_NAME_LENGTH);
  });

  it('ne plante pas quand le stockage lève une exception', () => {
    const store = localProgressStore(() => {
      throw new DOMException('refusé', 'SecurityError');
    });
    expect(store.load()).toEqual({ progress: emptyProgress(), notice: 'unavailable' });
    expect(store.save(sample())).toBe(false);
    expect(store.clear()).toBe(false);
  });

  it('ne plante pas quand le stockage est plein', () => {
    const storage = fakeStorage();
    storage.setItem = () => {
      throw new DOMException('plein', 'QuotaExceededError');
    };
    expect(localProgressStore(() => storage).save(sample())).toBe(false);
  });

  it('s’efface sur demande', () => {
    const storage = fakeStorage();
    const store = localProgressStore(() => storage);
    store.save(sample());
    expect(store.clear()).toBe(true);
    expect(store.load().progress).toEqual(emptyProgress());
  });

  it('garde le meilleur résultat d’un module refait', () => {
    const key = moduleKey('employees', 'opinion-personnelle');
    const p = recordResult(sample(), key, { score: 1, total: 3, completedAt: '2025-04-01T00:00:00.000Z' });
    expect(p.results[key]?.score).toBe(2);
    expect(recordResult(p, key, { score: 3, total: 3, completedAt: '2025-04-02T00:00:00.000Z' }).results[key]?.score).toBe(3);
  });

  it('a une implémentation en mémoire pour un autre contexte (SCORM, tests)', () => {
    const store = memoryProgressStore();
    store.save(sample());
    expect(store.load().progress).toEqual(sample());
  });
});
