/**
 * The text as written, with the words in cause marked: underlined, framed by brackets and followed by
 * the finding's number, so the highlight never relies on colour alone. Text is rendered as text
 * (Preact escapes it): typed HTML shows as characters, never as markup.
 */
import { sim } from '../../i18n/simulator';
import { previewPieces, type Spans } from './highlight';

interface Props {
  text: string;
  spans: ReadonlyArray<Spans>;
  headingId: string;
  /** The heading, when the text is not the person's own (a received comment). */
  heading?: string;
}

export function HighlightPreview({ text, spans, headingId, heading = sim.previewHeading }: Props) {
  const pieces = previewPieces(text, spans);
  const long = pieces.some((p) => p.kind === 'gap');
  return (
    <div class="sim-preview">
      <h3 id={headingId}>{heading}</h3>
      <p class="sim-hint">{long ? `${sim.previewLong} ${sim.previewNote}` : sim.previewNote}</p>
      <p class="sim-preview__text">
        {pieces.map((p, i) =>
          p.kind === 'text' ? (
            p.text
          ) : p.kind === 'gap' ? (
            <span key={i} class="sim-preview__gap"> {sim.previewGap} </span>
          ) : (
            <>
              <mark key={i} class="sim-mark" data-findings={p.findings.join(' ')}>
                {p.text}
              </mark>
              {p.endsHere.length > 0 && (
                <span class="sim-mark__badge" aria-hidden="true">
                  [{p.endsHere.join(', ')}]
                </span>
              )}
            </>
          ),
        )}
      </p>
    </div>
  );
}
