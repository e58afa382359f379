/**
 * Island for one prompt on a City account: the trainee replies to the citizen's comment (rendered
 * by the page) as the Communications team, and the engine judges each draft.
 */
import { useState } from 'preact/hooks';
import type { Incoming, Situation, When } from '../../engine/types';
import { sim } from '../../i18n/simulator';
import { ModelReply, type Model } from './ModelReply';
import { ReplyEditor } from './ReplyEditor';
import { chooseEvaluateWorker } from './engine-evaluate-worker';

// This page only evaluates: the lighter worker, without classifyIncoming.
chooseEvaluateWorker();

export interface CityReplyProps {
  incoming: Incoming;
  when: When;
  emergencyOngoing: boolean;
  citizen: string;
  model: Model;
  sectionTitles: Record<string, string>;
}

export default function CityReplyIsland({ incoming, when, emergencyOngoing, citizen, model, sectionTitles }: CityReplyProps) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const situationFor = (value: string): Situation => ({
    kind: 'reply',
    incoming,
    author: 'communications',
    account: 'city',
    text: value,
    when,
    emergencyOngoing,
  });
  return (
    <div class="sim-island">
      <ReplyEditor
        id="reponse"
        label={sim.replyLabel(citizen)}
        hint={sim.replyHint}
        text={text}
        onText={(value) => {
          setText(value);
          if (value.trim() !== '') setTried(true);
        }}
        situationFor={situationFor}
        situationKey={`${incoming}|${when}|${emergencyOngoing}`}
        sectionTitles={sectionTitles}
      />
      <ModelReply id="reponse" model={model} tried={tried} />
    </div>
  );
}
