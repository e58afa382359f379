/**
 * The verdict files the decision helper's island reads instead of running the engine: one per
 * complete set of answers, at the address the island asks for, each the engine's own verdict for the
 * same answers as the pre-built page; and a missing or garbled file is refused, so the island falls
 * back to the pre-built page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { loadVerdict } from '../../../src/components/decide/load-verdict.ts';
import { allSituations, toSituation, toVerdictUrl, VERDICTS_PATH, type Choices } from '../../../src/components/decide/tree.ts';
import { GET, getStaticPaths } from '../../../src/pages/aide-a-la-decision/verdicts/[...path].json.ts';

const routes = getStaticPaths();

/** The file Astro writes for a route of verdicts/[...path].json.ts. */
const fileOf = (path: string) => `${VERDICTS_PATH}${path}.json`;

describe('les fichiers de verdicts', () => {
  it('un fichier par combinaison complète, à l’adresse que l’îlot demande', () => {
    const complete = allSituations();
    expect(routes.length).toBe(complete.length);
    expect(routes.map((r) => fileOf(r.params.path)).sort()).toEqual(complete.map((c) => toVerdictUrl(c.choices)).sort());
  });

  it('chaque fichier est le verdict du moteur pour les mêmes réponses (celui de la page préparée)', async () => {
    for (const route of routes) {
      const choices: Choices = route.props.choices;
      const body: unknown = await (await GET({ props: route.props } as never)).json();
      expect(body, route.params.path).toEqual(JSON.parse(JSON.stringify(evaluate(toSituation(choices)!))));
    }
  });
});

describe('la lecture d’un verdict par l’îlot', () => {
  afterEach(() => vi.unstubAllGlobals());
  const choices: Choices = { role: 'employee', action: 'create-account', approval: 'no' };

  it('rend le verdict écrit à la construction', async () => {
    const verdict = evaluate(toSituation(choices)!);
    const fetch = vi.fn(async () => new Response(JSON.stringify(verdict)));
    vi.stubGlobal('fetch', fetch);
    await expect(loadVerdict(choices)).resolves.toEqual(JSON.parse(JSON.stringify(verdict)));
    expect(fetch).toHaveBeenCalledWith(toVerdictUrl(choices), expect.anything());
  });

  it.each([
    ['un fichier absent', () => new Response('<!doctype html><title>Page introuvable</title>', { status: 404 })],
    ['une page d’erreur servie à sa place', () => new Response('<!doctype html><title>Erreur</title>')],
    ['un objet qui n’est pas un verdict', () => new Response(JSON.stringify({ outcome: 'peut-être', findings: [] }))],
    ['une panne du réseau', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('refuse %s (l’îlot ouvre alors la page préparée)', async (_name, answer) => {
    vi.stubGlobal('fetch', vi.fn(async () => answer()));
    await expect(loadVerdict({ role: 'elected', action: 'create-account', approval: 'yes' })).rejects.toBeDefined();
  });
});
