/** « Que répondre? » and its quick reference card: the page's own words (the rest comes from the engine). */
export const flowUi = {
  pageTitle: 'Que répondre à un commentaire?',
  pageDescription:
    'Le chemin à suivre quand un commentaire ou un message arrive sur un compte de la Ville : qui répond, urgences, soirs et fins de semaine, et quoi faire pour chaque genre de message, section à l’appui.',
  lead: 'Un commentaire ou un message arrive sur un compte officiel de la Ville : voici, étape par étape, ce que la politique demande. Chaque étape cite sa section.',
  start: 'Un commentaire ou un message arrive sur un compte officiel de la Ville',
  /** The yes/no questions of the path, in the words of a person who just read the message. */
  questions: {
    emergencyReport: 'Le message signale-t-il une urgence?',
    emergencyOngoing: 'Une mesure d’urgence est-elle en cours?',
    who: 'Êtes-vous de l’équipe des Communications (ou délégué par elle)?',
    afterHours: 'Est-il arrivé le soir, la fin de semaine ou un jour férié?',
  },
  yes: 'Oui',
  no: 'Non',
  end: 'Fin du chemin.',
  goOn: 'Puis, question suivante.',
  nextQuestion: 'passez à la question suivante.',
  kindsQuestion: 'De quel genre de message s’agit-il?',
  always: 'Dans tous les cas, la réponse est…',
  listTitle: 'Les étapes',
  chartTitle: 'Le même chemin en schéma',
  chartDesc:
    'Schéma de décision : un message arrive; quatre questions à réponse oui ou non (urgence signalée, mesure d’urgence en cours, personne autorisée, soir ou fin de semaine), puis une action pour chaque genre de message, et ce qui vaut pour toute réponse. Le même contenu, en entier, est la liste « Les étapes ».',
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
