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
  /** The link to the attestation page, by where the learner stands against the pass mark. */
  attestation: {
    ready: 'Voir et imprimer mon attestation',
    belowMark: 'Attestation : seuil de réussite non atteint, les modules à refaire',
    pending: 'Attestation : ce qu’il reste à faire',
  },
  reset: 'Effacer ma progression',
  resetConfirm: 'Effacer toute votre progression dans les trois parcours, et le nom saisi pour l’attestation? Cette action est définitive.',
  resetYes: 'Oui, tout effacer',
  resetNo: 'Annuler',
  resetDone: 'Votre progression a été effacée.',
  completed: (done: number, total: number) => `${done} module${done > 1 ? 's' : ''} terminé${done > 1 ? 's' : ''} sur ${total}.`,
} as const;

export const attestationText = {
  /** Said before anything else: how the attestation is earned (the same rule as the SCORM package). */
  rules: (mark: number) =>
    `L’attestation s’obtient avec au moins ${mark} % de bonnes réponses du premier coup sur l’ensemble des questions du parcours, le même seuil que dans la plateforme d’apprentissage de la Ville. Vous pouvez recommencer un module autant de fois que vous le voulez : le meilleur résultat du premier coup est gardé. « Reprendre les questions manquées » sert à s’exercer et ne change pas le résultat.`,
  standing: (percent: number, right: number, total: number) => `Votre résultat : ${percent} % de bonnes réponses du premier coup (${right} sur ${total}).`,
  remaining: 'Il vous reste à terminer :',
  belowMark: (percent: number, mark: number) =>
    `Vous avez terminé tous les modules avec ${percent} % de bonnes réponses du premier coup : il en faut au moins ${mark} % pour obtenir l’attestation.`,
  toRedo: 'Recommencez d’abord les modules où vous avez manqué des questions :',
  missed: (n: number) => `${n} question${n > 1 ? 's' : ''} manquée${n > 1 ? 's' : ''}`,
  passed: (percent: number, mark: number) => `Parcours réussi : ${percent} % de bonnes réponses du premier coup (seuil : ${mark} %).`,
  nameLabel: 'Votre nom, tel qu’il doit figurer sur l’attestation (obligatoire)',
  nameHint: 'Il reste dans votre navigateur : il n’est envoyé nulle part.',
  nameRequired: 'Inscrivez votre nom avant d’imprimer l’attestation.',
  namePending: 'L’attestation s’affichera ici dès que vous aurez inscrit votre nom.',
  print: 'Imprimer ou enregistrer en PDF',
  docTitle: 'Auto-attestation de formation',
  /** « Je, soussigné… » : the person attests; the site only records what this browser saw. */
  declares: 'atteste avoir suivi, sur le site de formation sur les médias sociaux de la Ville de Trois-Rivières, le parcours',
  policyLine: (number: string, title: string) => `${title} (n° ${number})`,
  onPolicy: (number: string, title: string, adopted: string) => `portant sur la ${title} (n° ${number}), adoptée le ${adopted},`,
  score: (percent: number, right: number, total: number, mark: number) =>
    `avec ${percent} % de bonnes réponses du premier coup (${right} sur ${total}; seuil de réussite : ${mark} %).`,
  date: 'Parcours terminé le',
  printedOn: 'Imprimée le',
  module: 'Module',
  result: 'Résultat du premier coup',
  disclaimer:
    'Auto-attestation : ce document est produit par un site statique, à partir de la progression enregistrée dans votre navigateur. Il ne constitue pas une certification de la Ville de Trois-Rivières. Un résultat officiel s’obtient en suivant la formation dans la plateforme d’apprentissage de la Ville.',
} as const;
