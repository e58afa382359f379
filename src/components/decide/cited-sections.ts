/**
 * The sections as the decision helper cites them (number, title, link, official words), read once
 * from the policy's content: plain data for the island's props and the pre-built pages.
 */
import { getSectionRefs } from '../../policy/sections';
import type { CitedSection } from './DecisionView.tsx';

export async function getCitedSections(): Promise<Record<string, CitedSection>> {
  const refs = await getSectionRefs();
  return Object.fromEntries(
    Object.values(refs).map(({ number, title, href, text }) => [number, { number, title, href, text }]),
  );
}
