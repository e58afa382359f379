/**
 * A small quiz, as the island receives it, for the unit tests of the session logic and the store.
 * Hand-written plain data (the real content goes through the engine in src/quiz/build-props.ts).
 */
import type { QuizProps } from '../../quiz/props';

const section = (number: string, title: string) => ({ number, title, href: `/politique/#section-${number.replaceAll('.', '-')}`, text: `Texte de la section ${number}.` });

export const exampleQuiz: QuizProps = {
  audience: 'communications',
  moduleId: 'exemple',
  title: 'Module d’exemple',
  pathHref: '/parcours/communications/',
  nextHref: '/parcours/communications/attestation/',
  nextLabel: 'Voir mon attestation',
  sections: { '3.1.5': section('3.1.5', 'Plaintes et requêtes'), '3.1.6': section('3.1.6', 'Demandes médias') },
  scenarios: [
    {
      id: 'exemple-plainte',
      situation: 'Un citoyen se plaint d’un nid-de-poule sur la page de la Ville.',
      question: 'Que répondre?',
      rightOutcome: 'allowed',
      sections: ['3.1.5'],
      choices: [
        { id: 'a', label: 'Répondre :', text: 'Composez le 311.', outcome: 'allowed', state: 'allowed', right: true, findings: [], sections: ['3.1.5'] },
        { id: 'b', label: 'Répondre :', text: 'Une équipe passe demain.', outcome: 'not-allowed', state: 'not-allowed', right: false, findings: [{ rule: 'complaint-handled-in-thread', section: '3.1.5', severity: 'error', severityLabel: 'Non conforme', message: 'Ne traitez pas la plainte ici.', words: ['Une équipe passe demain'] }], sections: ['3.1.5'] },
        { id: 'c', label: 'Répondre :', text: 'C’est noté.', outcome: 'allowed', state: 'to-fix', right: false, findings: [{ rule: 'complaint-redirect', section: '3.1.5', severity: 'warning', severityLabel: 'À vérifier', message: 'Invitez à passer par le 311.', words: [] }], sections: ['3.1.5'] },
      ],
    },
    {
      id: 'exemple-journaliste',
      situation: 'Une journaliste pose une question sous une publication.',
      question: 'Que répondre?',
      rightOutcome: 'allowed',
      sections: ['3.1.6'],
      choices: [
        { id: 'a', label: 'Répondre :', text: 'Écrivez aux relations médias.', outcome: 'allowed', state: 'allowed', right: true, findings: [], sections: ['3.1.6'] },
        { id: 'b', label: 'Répondre :', text: 'Les travaux finissent lundi.', outcome: 'not-allowed', state: 'not-allowed', right: false, findings: [{ rule: 'media-answer', section: '3.1.6', severity: 'error', severityLabel: 'Non conforme', message: 'Ne répondez pas.', words: [] }], sections: ['3.1.6'] },
        { id: 'c', label: 'Répondre :', text: 'Merci.', outcome: 'allowed', state: 'allowed', right: false, findings: [], sections: ['3.1.6'] },
      ],
    },
    {
      id: 'exemple-muette',
      situation: 'Une employée veut annoncer le café d’un ami sur son compte.',
      question: 'Laquelle la politique ne tranche-t-elle pas?',
      rightOutcome: 'not-covered',
      sections: ['3.1.5'],
      choices: [
        { id: 'a', label: 'Sur son compte personnel', outcome: 'not-covered', state: 'not-covered', right: true, findings: [], sections: ['3.1.5'] },
        { id: 'b', label: 'Sur la page de la Ville', outcome: 'not-allowed', state: 'not-allowed', right: false, findings: [], sections: ['3.1.5'] },
        { id: 'c', label: 'Partager un message officiel', outcome: 'allowed', state: 'allowed', right: false, findings: [], sections: ['3.1.5'] },
      ],
    },
  ],
};
