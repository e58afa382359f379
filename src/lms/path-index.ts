/**
 * A training path reduced to what the SCORM side needs: its modules and their questions, in order,
 * with the letter of each choice (in the author's order) and which ones the engine marks right.
 * Built from the quiz props at build time; plain data, serialisable as island props.
 */
import type { QuizProps } from '../quiz/props';

export interface IndexedQuestion {
  /** Scenario id. */
  id: string;
  /** Choice id → one letter `a`, `b`, … in the author's order (SCORM 1.2 `choice` responses). */
  letters: Record<string, string>;
  /** Letters of the choices the engine marks right. */
  right: string[];
}

export interface PathIndex {
  modules: Array<{ id: string; questions: IndexedQuestion[] }>;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function pathIndex(modules: readonly QuizProps[]): PathIndex {
  return {
    modules: modules.map((m) => ({
      id: m.moduleId,
      questions: m.scenarios.map((s) => {
        const letters = Object.fromEntries(s.choices.map((c, i) => [c.id, LETTERS[i] ?? String(i)]));
        return { id: s.id, letters, right: s.choices.filter((c) => c.right).map((c) => letters[c.id]!) };
      }),
    })),
  };
}

/** Total number of questions in the path. */
export const questionCount = (index: PathIndex): number => index.modules.reduce((n, m) => n + m.questions.length, 0);
