/**
 * Island for « Sur mon propre compte »: an employee or an elected official writes about a City matter
 * on their own account, and the engine says whether it reads as a personal opinion (4.3) or as
 * speaking in the City's name (4.1). What the policy says comes only from the engine's findings; the
 * panel of context beyond the policy is labelled as such.
 */
import { useState } from 'preact/hooks';
import { labels } from '../../engine/index';
import type { Situation } from '../../engine/types';
import { sim, simPersonal as t } from '../../i18n/simulator';
import { ReplyEditor } from './ReplyEditor';
import { chooseEvaluateWorker } from './engine-evaluate-worker';

// This page only evaluates: the lighter worker, without classifyIncoming.
chooseEvaluateWorker();

export type PersonalAuthor = 'employee' | 'elected';

export interface PersonalPost {
  id: string;
  author: PersonalAuthor;
  text: string;
}

export interface PersonalPostProps {
  posts: PersonalPost[];
  sectionTitles: Record<string, string>;
}

const authors: PersonalAuthor[] = ['employee', 'elected'];

export default function PersonalPostIsland({ posts, sectionTitles }: PersonalPostProps) {
  const [author, setAuthor] = useState<PersonalAuthor>('employee');
  const [text, setText] = useState('');
  const situationFor = (value: string): Situation => ({ kind: 'publish', author, account: 'personal', content: 'opinion', text: value });
  const advice = t.advice[author];

  return (
    <div class="sim-island">
      <fieldset class="sim-authors">
        <legend class="sim-label">{t.authorLegend}</legend>
        {authors.map((a) => (
          <p key={a} class="sim-check">
            <input type="radio" id={`auteur-${a}`} name="auteur" value={a} checked={author === a} onChange={() => setAuthor(a)} />{' '}
            <label for={`auteur-${a}`}>{labels.role[a]}</label>
          </p>
        ))}
      </fieldset>

      <ReplyEditor
        id="publication"
        label={sim.postLabel}
        hint={sim.postHint}
        text={text}
        onText={setText}
        situationFor={situationFor}
        situationKey={author}
        sectionTitles={sectionTitles}
        rows={5}
      />

      <section class="advice sim-advice" aria-labelledby="conseil-titre">
        <p class="advice__label" id="conseil-titre">
          {t.adviceLabel}
        </p>
        <p>{t.adviceNote}</p>
        <p>{advice.text}</p>
        <p>
          Source : <a href={advice.source.url}>{advice.source.label}</a>
        </p>
      </section>

      <section aria-labelledby="publications-titre">
        <h2 id="publications-titre">{t.postsHeading}</h2>
        <p>{t.postsIntro}</p>
        <ol class="sim-posts">
          {posts.map((p) => (
            <li key={p.id} class="card" data-post={p.id}>
              <p class="sim-posts__text">{p.text}</p>
              <p class="sim-hint">{t.writtenBy(labels.role[p.author])}</p>
              <button
                type="button"
                class="secondary"
                aria-describedby={`post-${p.id}`}
                onClick={() => {
                  setAuthor(p.author);
                  setText(p.text);
                  document.getElementById('publication-text')?.focus();
                }}
              >
                {t.loadPost}
              </button>
              <span id={`post-${p.id}`} class="visually-hidden">
                {p.text}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
