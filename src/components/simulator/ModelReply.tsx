/**
 * A model reply, offered once the trainee has written something: trying first, then comparing,
 * is how the exercise teaches.
 */
import { useState } from 'preact/hooks';
import { sim } from '../../i18n/simulator';

export interface Model {
  text: string;
  why: string;
}

interface Props {
  id: string;
  model: Model;
  /** True once the trainee has typed something. */
  tried: boolean;
}

export function ModelReply({ id, model, tried }: Props) {
  const [open, setOpen] = useState(false);
  if (!tried) return null;
  return (
    <div class="sim-model">
      <button type="button" class="secondary" aria-expanded={open} aria-controls={`${id}-model`} onClick={() => setOpen(!open)}>
        {open ? sim.modelReplyHide : sim.modelReplyButton}
      </button>
      <div id={`${id}-model`} hidden={!open} class="card sim-model__panel">
        <h3>{sim.modelReplyHeading}</h3>
        <blockquote class="sim-model__text">{model.text}</blockquote>
        <p>
          <strong>{sim.modelReplyWhy}</strong>
          {model.why}
        </p>
      </div>
    </div>
  );
}
