/** The public examples of issue 4: each must give the stated outcome and cite the stated section. */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate, type Incoming, type Situation } from '../../../src/engine/index.ts';

const reply = (incoming: Incoming, text: string): Situation => ({
  kind: 'reply',
  incoming,
  author: 'communications',
  account: 'city',
  text,
});

interface Case {
  name: string;
  situation: Situation;
  outcome: 'allowed' | 'not-allowed' | 'not-covered';
  /** The sections an error or warning may cite (one of them must appear). */
  sections?: string[];
  severities?: Array<'error' | 'warning'>;
  span?: string;
}

const cases: Case[] = [
  {
    name: 'Communications publishes another organisation’s press release on the City’s account',
    situation: { kind: 'publish', author: 'communications', account: 'city', content: 'external-press-release' },
    outcome: 'not-allowed',
    sections: ['3.1.2'],
    severities: ['error'],
  },
  {
    name: 'Loisirs creates an Instagram account without DG approval',
    situation: { kind: 'create-account', requester: 'department', dgApproved: false },
    outcome: 'not-allowed',
    sections: ['4.2'],
    severities: ['error'],
  },
  {
    name: 'Reply to a complaint that redirects to the three channels',
    situation: reply('complaint', 'Bonjour! Votre signalement doit passer par l’application Trois-Rivières 311, le site Web ou le 311. Merci!'),
    outcome: 'allowed',
  },
  {
    name: 'Reply to a complaint that handles it in the thread',
    situation: reply('complaint', 'On s’en occupe, une équipe passe cet après-midi.'),
    outcome: 'not-allowed',
    sections: ['3.1.5'],
    severities: ['error'],
  },
  {
    name: 'Reply to a journalist that answers',
    situation: reply('media-request', 'Le chantier sera terminé en octobre.'),
    outcome: 'not-allowed',
    sections: ['3.1.6'],
    severities: ['error'],
  },
  {
    name: 'Reply in English',
    situation: reply('question', 'Sorry, we are closed on Monday.'),
    outcome: 'not-allowed',
    sections: ['3.2'],
    severities: ['error', 'warning'],
  },
  {
    name: 'Sacre and contempt',
    situation: reply('comment', 'Calvaire, lisez le site avant d’écrire.'),
    outcome: 'not-allowed',
    sections: ['3.2'],
    severities: ['error'],
    span: 'Calvaire',
  },
  {
    name: 'Employee’s personal opinion',
    situation: {
      kind: 'publish',
      author: 'employee',
      account: 'personal',
      content: 'opinion',
      text: 'Je travaille à la Ville, et selon moi ce pont aurait dû être refait avant.',
    },
    outcome: 'allowed',
  },
  {
    name: 'Employee speaking in the City’s name',
    situation: {
      kind: 'publish',
      author: 'employee',
      account: 'personal',
      content: 'opinion',
      text: 'Je vous l’annonce officiellement au nom de la Ville : la piscine ferme.',
    },
    outcome: 'not-allowed',
    sections: ['4.1', '4.3'],
    severities: ['error'],
  },
];

describe('public examples', () => {
  it.each(cases)('$name', (c) => {
    const verdict = evaluate(c.situation);
    // The English reply may be an error or a warning: then the outcome is not-allowed or allowed.
    if (c.severities?.includes('warning')) expect(['not-allowed', 'allowed']).toContain(verdict.outcome);
    else expect(verdict.outcome).toBe(c.outcome);
    if (c.sections) {
      const cited = verdict.findings.filter((f) => c.severities?.includes(f.severity as 'error'));
      expect(cited.some((f) => c.sections?.includes(f.section))).toBe(true);
    }
    if (c.span) {
      const text = c.situation.kind === 'create-account' ? '' : (c.situation.text ?? '');
      const spans = verdict.findings.filter((f) => f.span).map((f) => text.slice(f.span!.start, f.span!.end));
      expect(spans).toContain(c.span);
    }
  });

  it('classifies a radio station’s question as a media request', () => {
    expect(classifyIncoming('Bonjour, ici CHLN 106,9. Le maire peut-il nous parler du budget?')).toBe('media-request');
  });
});
