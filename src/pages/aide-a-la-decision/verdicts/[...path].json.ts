/**
 * The engine's verdict for every complete set of answers, as JSON, written at build time next to the
 * pre-built pages (choix/[...path].astro, same combinations, same engine call). The island on
 * /aide-a-la-decision/ fetches the file of the current answers (tree.ts, toVerdictUrl) instead of
 * carrying the engine: the form's situations are a finite tree, so nothing is left to compute.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allSituations, toSegments, type Choices } from '../../../components/decide/tree';
import { evaluate } from '../../../engine/index.ts';
import type { Situation } from '../../../engine/index.ts';

export const getStaticPaths = (() =>
  allSituations().map(({ choices, situation }) => ({ params: { path: toSegments(choices) }, props: { choices, situation } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { situation } = props as { choices: Choices; situation: Situation };
  return new Response(JSON.stringify(evaluate(situation)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
