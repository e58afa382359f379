/** The quiz props of every module of a path, built from content/ as the pages build them (no Astro needed). */
import type { TrainedAudience } from '../../src/quiz/audiences';
import { pathModules, quizProps } from '../../src/quiz/build-props';
import type { QuizProps, SectionProps } from '../../src/quiz/props';
import { officialSections } from './official-text';
import { readModuleFiles } from './scenario-files';

const refs: Record<string, SectionProps> = Object.fromEntries(
  officialSections().map((s) => [s.number, { number: s.number, title: s.title, href: `#${s.number}`, text: s.text }]),
);

export function pathProps(audience: TrainedAudience): QuizProps[] {
  const files = readModuleFiles();
  return pathModules(files, audience).map((m) => quizProps(files, audience, m.id, refs));
}
