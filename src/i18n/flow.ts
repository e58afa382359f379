/** « Que répondre? » and its quick reference card: the page's own words (the rest comes from the engine). */
export const flowUi = {
  pageTitle: 'Que répondre à un commentaire?',
  pageDescription:
    'Le chemin à suivre quand un commentaire ou un message arrive sur un compte de la Ville : qui répond, urgences, soirs et fins de semaine, et quoi faire pour chaque genre de message, section à l’appui.',
  lead: 'Un commentaire ou un message arrive sur un compte officiel de la Ville : voici, étape par étape, ce que la politique demande. Chaque étape cite sa section.',
  start: 'Un commentaire ou un message arrive sur un compte officiel de la Ville',
  checks: {
    who: 'Qui peut y répondre?',
    emergency: 'Une mesure d’urgence est-elle en cours?',
    afterHours: 'Est-il arrivé le soir, la fin de semaine ou un jour férié?',
  },
  kindsQuestion: 'De quel genre de message s’agit-il?',
  always: 'Dans tous les cas, la réponse est…',
  listTitle: 'Les étapes',
  chartTitle: 'Le même chemin en schéma',
  chartDesc:
    'Schéma vertical : un message arrive, puis trois vérifications (qui répond, mesure d’urgence, moment), puis une action pour chaque genre de message, et ce qui vaut pour toute réponse. Le même contenu est présenté dans la liste « Les étapes ».',
  ifLabel: 'Si c’est :',
  suggestionLabel: 'Vous pourriez écrire :',
  sectionLabel: (n: string) => `Section ${n}`,
  cardLink: 'Aide-mémoire à imprimer (une page)',
  cardTitle: 'Aide-mémoire : que répondre?',
  cardDescription:
    'Une page à imprimer : quoi faire pour chaque genre de commentaire ou de message reçu sur un compte de la Ville, avec la section de la politique qui s’applique.',
  cardLead: 'À garder près de soi. En cas de doute, le texte officiel fait foi et l’équipe des Communications tranche.',
  cardKind: 'Message reçu',
  cardAction: 'Quoi faire',
  cardSection: 'Section',
  printHint: 'Pour l’imprimer, utilisez la commande Imprimer de votre navigateur : la page tient sur une feuille.',
} as const;
