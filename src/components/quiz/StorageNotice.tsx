/** A polite sentence when progress cannot be saved or had to be reset. Nothing when all is well. */
import { quizText } from '../../i18n/quiz';
import type { StoreNotice } from '../../quiz/progress-store';

export function StorageNotice({ notice }: { notice: StoreNotice | null }) {
  if (!notice) return null;
  const text = notice === 'unavailable' ? quizText.storageOff : notice === 'partial' ? quizText.storagePartial : quizText.storageReset;
  return <p class="note quiz-notice">{text}</p>;
}
