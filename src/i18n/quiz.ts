/** Every string the training pages and islands show, in French (Québec usage). */

const plural = new Intl.PluralRules('fr-CA');
/** « 1 question », « 2 questions ». */
export const count = (n: number, one: string, other: string): string => `${n} ${plural.select(n) === 'one' ? one : other}`;

export const quizText = {
  progressLabel: (current: number, total: number) => `Question ${current} sur ${total}`,
  retryProgressLabel: (current: number, total: number) => `Reprise : question ${current} sur ${total}`,
  situationHeading: 'La situation',
  check: 'Vérifier',
  next: 'Question suivante',
  seeSummary: 'Voir le bilan',
  pickFirst: 'Choisissez une réponse avant de vérifier.',
  right: 'Bonne réponse.',
  wrong: 'Mauvaise réponse.',
  feedbackHeading: 'Explication',
  yourChoice: 'Votre choix',
  rightAnswerWas: 'La bonne réponse',
  /** Why a choice in a state other than the one asked for is not the answer. */
  allowedButAskedSilent: 'Ce geste est permis, mais la question porte sur ce que la politique ne tranche pas.',
  silentButAnswerExists: 'La politique ne tranche pas ce geste, alors qu’un autre choix est permis sans rien à corriger : c’est lui qu’il faut retenir.',
  toChange: 'Ce qu’il faut changer',
  notes: 'Bon à savoir',
  wordsInCause: 'Mots en cause : ',
  /** « Section qui tranche : 3.1.5 » / « Sections qui tranchent : 3.1.5, 3.2 ». */
  decidingSections: (n: number) => (n > 1 ? 'Sections qui tranchent : ' : 'Section qui tranche : '),
  whatPolicySays: 'Ce que dit la politique',
  readSection: (n: string) => `Lire la section ${n} dans la politique`,
  suggestion: 'Formulation proposée',
  summaryHeading: 'Bilan du module',
  score: (right: number, total: number) => `Résultat : ${right} sur ${total} du premier coup.`,
  retryWrong: 'Reprendre les questions manquées',
  restart: 'Recommencer le module',
  backToPath: 'Retour au parcours',
  reviewRetried: 'Réussie à la reprise',
  noscript: 'Ce quiz a besoin de JavaScript pour corriger vos réponses. La situation et les choix restent lisibles ci-dessous.',
  storageOff:
    'Votre navigateur ne permet pas d’enregistrer votre progression : le quiz fonctionne, mais elle sera perdue en quittant la page.',
  storageReset:
    'Votre progression enregistrée était illisible ou d’une ancienne version : nous l’avons remise à zéro. Désolés pour cet inconvénient.',
  resumed: (n: number, total: number) => `Vous reprenez là où vous étiez : question ${n} sur ${total}.`,
} as const;

export const pathText = {
  status: {
    todo: 'À faire',
    started: 'Commencé',
    done: (score: number, total: number) => `Terminé : ${score} sur ${total}`,
  },
  reset: 'Effacer ma progression',
  resetConfirm: 'Effacer toute votre progression dans les trois parcours, et le nom saisi pour l’attestation? Cette action est définitive.',
  resetYes: 'Oui, tout effacer',
  resetNo: 'Annuler',
  resetDone: 'Votre progression a été effacée.',
  completed: (done: number, total: number) => `${done} module${done > 1 ? 's' : ''} terminé${done > 1 ? 's' : ''} sur ${total}.`,
} as const;

export const attestationText = {
  remaining: 'Il vous reste à terminer :',
  nameLabel: 'Votre nom, tel qu’il doit figurer sur l’attestation',
  nameHint: 'Il reste dans votre navigateur : il n’est envoyé nulle part.',
  print: 'Imprimer ou enregistrer en PDF',
  docTitle: 'Attestation de formation',
  certifies: 'Nous attestons que',
  completed: (path: string) => `a terminé le parcours de formation « ${path} »`,
  onPolicy: (number: string, title: string) => `sur la ${title} (n° ${number})`,
  adopted: (date: string) => `adoptée le ${date}`,
  date: 'Date',
  module: 'Module',
  result: 'Résultat du premier coup',
  noName: '(nom à saisir)',
} as const;
