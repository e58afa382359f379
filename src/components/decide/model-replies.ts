/**
 * The model reply for each kind of incoming message, from the reply simulator's content
 * (content/simulations/model-replies.yaml, validated by its collection when that is in the site).
 * Read directly so the decision helper does not depend on that collection being declared; until the
 * file exists the helper shows the engine's suggestions only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INCOMINGS } from '../../engine/index.ts';

export const MODEL_REPLIES_FILE = 'content/simulations/model-replies.yaml';

/** `{ question: { text, why }, … }` → `{ question: text, … }`, keeping only the engine's kinds. */
export function modelRepliesFrom(data: unknown): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  if (typeof data !== 'object' || data === null) return out;
  for (const kind of INCOMINGS) {
    const text = (data as Record<string, { text?: unknown } | undefined>)[kind]?.text;
    if (typeof text === 'string' && text.trim()) out[kind] = text.trim();
  }
  return out;
}

export async function getModelReplies(file = MODEL_REPLIES_FILE): Promise<Partial<Record<string, string>>> {
  return existsSync(file) ? modelRepliesFrom(parse(readFileSync(file, 'utf8'))) : {};
}
