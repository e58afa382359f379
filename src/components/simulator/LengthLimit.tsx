/**
 * Says it when a field is full: the browser stops a paste at `maxlength` without a word, and the
 * person must know that the end of their text was not kept. Always present (empty otherwise), so
 * screen readers announce the sentence when it appears.
 */
import { sim } from '../../i18n/simulator';
import { MAX_TEXT_LENGTH } from './use-evaluation';

export function LengthLimit({ id, length }: { id: string; length: number }) {
  return (
    <p id={id} class="sim-limit" role="status">
      {length >= MAX_TEXT_LENGTH ? sim.tooLong(MAX_TEXT_LENGTH) : ''}
    </p>
  );
}
