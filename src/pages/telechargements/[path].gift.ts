/**
 * One Moodle GIFT question bank per training path: one question per scenario, each choice with the
 * engine's verdict as its feedback, right answers from the engine, one category per module.
 * Written at build time where src/lms/downloads.ts says (/telechargements/<path>.gift).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { giftBank } from '../../lms/gift-bank';
import { pathParams } from '../../quiz/pages';
import type { TrainedAudience } from '../../quiz/audiences';
import { pathModules, quizProps } from '../../quiz/build-props';
import { getModuleFiles } from '../../quiz/collection';
import { getPolicyInfo, getSectionRefs } from '../../policy/sections';

export const getStaticPaths = (() => pathParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const audience = (props as { audience: TrainedAudience }).audience;
  const files = await getModuleFiles();
  const refs = await getSectionRefs();
  const modules = pathModules(files, audience).map((m) => quizProps(files, audience, m.id, refs));
  const info = await getPolicyInfo();
  return new Response(giftBank(audience, modules, info.number), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
