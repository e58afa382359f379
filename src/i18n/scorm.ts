/** Strings of the SCORM package (the training as it runs inside the City's learning platform). */
export const scormText = {
  connecting: 'Connexion à la plateforme d’apprentissage…',
  inLms: 'Vos réponses et votre résultat sont transmis à la plateforme d’apprentissage de la Ville.',
  standalone:
    'Aucune plateforme d’apprentissage n’a été trouvée : la formation fonctionne quand même, et votre progression reste dans ce navigateur.',
  lmsStartFailed:
    'La plateforme d’apprentissage n’a pas ouvert la session : vous pouvez faire la formation, mais votre résultat ne lui sera pas transmis. Prévenez l’administrateur de la plateforme.',
  modulesHeading: 'Les modules du parcours',
  status: {
    todo: 'À faire',
    started: 'Commencé',
    done: (score: number, total: number) => `Terminé : ${score} sur ${total}`,
  },
  pathResult: (raw: number, mastery: number, passed: boolean) =>
    `Parcours terminé : ${raw} % de bonnes réponses du premier coup (seuil de réussite : ${mastery} %). ${passed ? 'Réussi.' : 'Non réussi : vous pouvez reprendre les modules pour vous exercer.'}`,
  pathProgress: (done: number, total: number, mastery: number) =>
    `${done} module${done > 1 ? 's' : ''} terminé${done > 1 ? 's' : ''} sur ${total}. Seuil de réussite : ${mastery} % de bonnes réponses du premier coup.`,
  backToModules: 'Retour aux modules',
  nextModule: (title: string) => `Module suivant : ${title}`,
  lastModule: 'Voir le résultat du parcours',
  appendixHeading: 'Le texte de la politique cité dans ce parcours',
} as const;
