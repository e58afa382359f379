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
  engineSays: (outcomeLabel: string) => `Selon la politique : ${outcomeLabel.charAt(0).toLowerCase()}${outcomeLabel.slice(1)}.`,
  allowedNotBest: 'Ce geste n’est pas interdit, mais la politique demande mieux : voyez la remarque ci-dessous.',
  noFinding: 'Aucune règle de la politique ne s’y oppose.',
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
  storagePartial:
    'Une partie de votre progression enregistrée était illisible ou ne correspondait plus aux questions : nous l’avons écartée et avons gardé le reste. Désolés pour cet inconvénient.',
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
