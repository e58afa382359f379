/**
 * Island for « J'ai reçu un vrai commentaire »: the person pastes a comment, the engine proposes its
 * kind (classifyIncoming), the person may correct it, then drafts the reply with the same feedback.
 */
import { useState } from 'preact/hooks';
import { labels } from '../../engine/index';
import type { Incoming, Situation, When } from '../../engine/types';
import type { DisrespectKind, IncomingReading } from '../../engine/index';
import { HighlightPreview } from './HighlightPreview';
import { sim, simReceived as t } from '../../i18n/simulator';
import { ModelReply, type Model } from './ModelReply';
import { ReplyEditor } from './ReplyEditor';
import { chooseFullWorker } from './engine-full-worker';
import { LengthLimit } from './LengthLimit';
import { MAX_TEXT_LENGTH, useIncomingReading } from './use-evaluation';

// This page classifies the comment and evaluates the reply: the whole engine's worker.
chooseFullWorker();

export interface ReceivedCommentProps {
  models: Record<Incoming, Model>;
  sectionTitles: Record<string, string>;
}

const incomingKinds = Object.keys(labels.incoming) as Incoming[];
const whenKinds = Object.keys(labels.when) as When[];

/** The words of each kind of disrespect, each once, in the order the kinds first appear; the engine's doubts apart, to check. */
function whyByKind(
  text: string,
  spans: IncomingReading['disrespect'],
): Array<[string, DisrespectKind, boolean, string[]]> {
  const byKind = new Map<string, { kind: DisrespectKind; doubtful: boolean; words: Set<string> }>();
  for (const s of spans) {
    const key = `${s.kind}${s.doubtful ? '?' : ''}`;
    const group = byKind.get(key) ?? { kind: s.kind, doubtful: s.doubtful !== undefined, words: new Set<string>() };
    group.words.add(text.slice(s.start, s.end).slice(0, 80));
    byKind.set(key, group);
  }
  return [...byKind].map(([key, g]) => [key, g.kind, g.doubtful, [...g.words]]);
}

export default function ReceivedCommentIsland({ models, sectionTitles }: ReceivedCommentProps) {
  const [comment, setComment] = useState('');
  /** The kind the person chose; null while they follow the engine's proposal. */
  const [chosen, setChosen] = useState<Incoming | null>(null);
  const [when, setWhen] = useState<When>('business-hours');
  const [emergencyOngoing, setEmergencyOngoing] = useState(false);
  const [reply, setReply] = useState('');
  const [tried, setTried] = useState(false);

  const reading = useIncomingReading(comment);
  const proposed = reading?.kind ?? null;
  /** Other kinds the comment may be (the engine's runners-up, in priority order). */
  const others = reading?.alsoPossible ?? [];

  const incoming: Incoming = chosen ?? proposed ?? 'comment';
  const situationFor = (text: string): Situation => ({
    kind: 'reply',
    incoming,
    author: 'communications',
    account: 'city',
    text,
    when,
    emergencyOngoing,
  });

  return (
    <div class="sim-island">
      <div class="sim-step">
        <h2>{t.step1}</h2>
        <label for="recu-commentaire" class="sim-label">
          {t.commentLabel}
        </label>
        <p id="recu-commentaire-hint" class="sim-hint">
          {t.commentHint} {sim.nothingSent}
        </p>
        <textarea
          id="recu-commentaire"
          rows={4}
          aria-describedby="recu-commentaire-hint recu-commentaire-limit"
          maxLength={MAX_TEXT_LENGTH}
          value={comment}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
        <LengthLimit id="recu-commentaire-limit" length={comment.length} />
        <p role="status" aria-live="polite" class="sim-proposal" data-testid="sim-proposal">
          {proposed ? t.proposal(labels.incoming[proposed]) + t.alsoPossible(others.map((k) => labels.incoming[k])) : ''}
        </p>
        {reading && reading.text === comment && reading.disrespect.length > 0 && (
          <div class="sim-why" data-testid="sim-why">
            <p>{t.whyLead}</p>
            <ul>
              {whyByKind(comment, reading.disrespect).map(([key, kind, doubtful, words]) => (
                <li key={key}>{t.whyItem(doubtful ? t.doubtful(labels.disrespect[kind]) : labels.disrespect[kind], words)}</li>
              ))}
            </ul>
            <HighlightPreview text={comment} spans={reading.disrespect} headingId="recu-pourquoi" heading={t.whyHeading} />
          </div>
        )}
      </div>

      <div class="sim-step">
        <h2>{t.step2}</h2>
        <div class="sim-fields">
          <p>
            <label for="recu-genre" class="sim-label">
              {t.kindLabel}
            </label>
            <select
              id="recu-genre"
              value={incoming}
              onChange={(e) => {
                const value = e.currentTarget.value as Incoming;
                setChosen(value === proposed ? null : value);
              }}
            >
              {incomingKinds.map((k) => (
                <option key={k} value={k}>
                  {labels.incoming[k]}
                  {k === proposed ? t.proposedSuffix : ''}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label for="recu-moment" class="sim-label">
              {t.whenLabel}
            </label>
            <select id="recu-moment" value={when} onChange={(e) => setWhen(e.currentTarget.value as When)}>
              {whenKinds.map((k) => (
                <option key={k} value={k}>
                  {labels.when[k]}
                </option>
              ))}
            </select>
          </p>
          <p class="sim-check">
            <input
              id="recu-urgence"
              type="checkbox"
              checked={emergencyOngoing}
              onChange={(e) => setEmergencyOngoing(e.currentTarget.checked)}
            />{' '}
            <label for="recu-urgence">{t.emergencyLabel}</label>
          </p>
        </div>
      </div>

      <div class="sim-step">
        <h2>{t.step3}</h2>
        <ReplyEditor
          id="recu-reponse"
          label={t.replyLabel}
          hint={sim.replyHint}
          text={reply}
          onText={(value) => {
            setReply(value);
            if (value.trim() !== '') setTried(true);
          }}
          situationFor={situationFor}
          situationKey={`${incoming}|${when}|${emergencyOngoing}`}
          sectionTitles={sectionTitles}
        />
        <ModelReply id="recu-reponse" model={models[incoming]} tried={tried} />
      </div>
    </div>
  );
}
