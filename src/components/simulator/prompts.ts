/**
 * Reading the simulator's content for pages (astro:content): prompts in a stable order, the model
 * reply of each prompt, and the section titles islands need (plain data, serialisable as props).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Incoming } from '../../engine/types';
import { labels } from '../../engine/index';
import { getSectionRefs } from '../../policy/sections';
import type { Model } from './ModelReply';

export type PromptEntry = CollectionEntry<'simulationPrompts'>;

/** Prompts grouped in the order of the engine's kinds, then by title. */
export async function getPrompts(): Promise<PromptEntry[]> {
  const order = Object.keys(labels.incoming);
  const entries = await getCollection('simulationPrompts');
  return entries.sort(
    (a, b) => order.indexOf(a.data.incoming) - order.indexOf(b.data.incoming) || a.data.title.localeCompare(b.data.title, 'fr-CA'),
  );
}

/** The model reply of every kind; the build stops naming the kind that has none. */
export async function getModelReplies(): Promise<Record<Incoming, Model>> {
  const entries = await getCollection('simulationModelReplies');
  const byKind = Object.fromEntries(entries.map((e) => [e.id, e.data]));
  const missing = Object.keys(labels.incoming).filter((k) => !byKind[k]);
  if (missing.length > 0) {
    throw new Error(`content/simulations/model-replies.yaml : un modèle de réponse est attendu pour ${missing.join(', ')}`);
  }
  return byKind as Record<Incoming, Model>;
}

/** The model offered for a prompt: its own, or its kind's (with the kind's explanation). */
export function modelFor(prompt: PromptEntry, models: Record<Incoming, Model>): Model {
  const kindModel = models[prompt.data.incoming];
  return prompt.data.modelReply ? { text: prompt.data.modelReply, why: kindModel.why } : kindModel;
}

/** Section number → title, for the findings list. */
export async function getSectionTitles(): Promise<Record<string, string>> {
  const refs = await getSectionRefs();
  return Object.fromEntries(Object.values(refs).map((r) => [r.number, r.title]));
}

const dateTime = new Intl.DateTimeFormat('fr-CA', { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

/** `2025-01-15T21:42` → « mercredi 15 janvier à 21 h 42 ». */
export function formatLocalDateTime(value: string): string {
  const d = new Date(`${value}:00Z`);
  const parts = dateTime.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} à ${get('hour')} h ${get('minute')}`;
}
