/**
 * Content files → what the pages and islands receive. Pure (no astro:content), so unit tests, the
 * /regles/ page and a SCORM packager can turn the same module files into the same props.
 */
import type { TrainedAudience } from './audiences';
import { attestationHref, moduleHref, pathHref } from './audiences';
import type { ModuleFile } from './agreement';
import { gradeScenario, pickSections, scenariosFor, sectionsQuoted } from './grade';
import type { ModuleSummary, QuizProps, SectionProps } from './props';

/** The modules of one audience's path, in order (then by id, for a stable order). */
export const pathModules = (modules: readonly ModuleFile[], audience: TrainedAudience): ModuleFile[] =>
  modules
    .filter((m) => m.data.audiences.includes(audience))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

export const moduleSummaries = (modules: readonly ModuleFile[], audience: TrainedAudience): ModuleSummary[] =>
  pathModules(modules, audience).map((m) => ({
    id: m.id,
    title: m.data.title,
    href: moduleHref(audience, m.id),
    total: scenariosFor(m.data, audience).length,
  }));

/** The quiz island's props for one module of one path, with the engine's verdicts. */
export function quizProps(
  modules: readonly ModuleFile[],
  audience: TrainedAudience,
  moduleId: string,
  refs: Record<string, SectionProps>,
): QuizProps {
  const path = pathModules(modules, audience);
  const index = path.findIndex((m) => m.id === moduleId);
  const mod = path[index];
  if (!mod) throw new Error(`Module « ${moduleId} » absent du parcours « ${audience} ».`);
  const scenarios = scenariosFor(mod.data, audience).map(gradeScenario);
  const following = path[index + 1];
  return {
    audience,
    moduleId,
    title: mod.data.title,
    pathHref: pathHref(audience),
    nextHref: following ? moduleHref(audience, following.id) : attestationHref(audience),
    nextLabel: following ? `Module suivant : ${following.data.title}` : 'Voir mon attestation',
    scenarios,
    sections: pickSections(sectionsQuoted(scenarios), refs),
  };
}
