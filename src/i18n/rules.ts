/** /regles/: the page's own words (rules, examples and reasons come from the engine). */
export const rulesUi = {
  pageTitle: 'Les règles de la politique, une à une',
  pageDescription:
    'Chaque règle appliquée par le site à côté du texte officiel de sa section, avec ses exemples signalés et acceptés, et la couverture de chaque section de la politique CE-2019-0040.',
  lead: 'Les quiz, le simulateur et l’aide à la décision demandent tous à un même moteur de règles. Voici ces règles, telles que le moteur les applique, chacune à côté des mots de la politique qu’elle met en œuvre.',
  howToRead:
    'Chaque règle vient avec ses exemples : ceux qu’elle signale et ceux qu’elle accepte. Dans les exemples signalés, les mots surlignés sont ceux que la règle relève. Ces exemples sont aussi les tests du moteur : cette page ne peut pas s’écarter de ce qu’il fait.',
  tocTitle: 'Sur cette page',
  statesTitle: 'Les quatre verdicts',
  statesLead: 'Partout sur le site (quiz, simulateur, aide à la décision), un verdict se lit de l’une de ces quatre façons :',
  leadsTo: 'Verdict :',
  coverageTitle: 'Couverture de la politique',
  coverageLead:
    'Chaque section de la politique, et les règles qui l’appliquent. Une section qu’aucune règle n’applique est indiquée avec la raison. La colonne « Mises en situation » compte les scénarios des quiz où la règle intervient.',
  colSection: 'Section',
  colRule: 'Règle',
  colSeverity: 'Gravité',
  colScenarios: 'Mises en situation',
  noRule: 'Aucune règle :',
  noReason: 'aucune raison fournie par le moteur.',
  sectionHeading: (n: string, title: string) => `Section ${n} — ${title}`,
  officialWords: 'Le texte officiel',
  readSection: (n: string) => `Lire la section ${n} dans la politique`,
  idLabel: 'Identifiant :',
  severityLabel: 'Gravité :',
  kindLabel: 'Lit :',
  kinds: { text: 'les mots de la réponse ou de la publication', structured: 'les faits de la situation' },
  sectionLabel: 'Section :',
  exceptionLabel: 'Exception à :',
  contextLabel: 'Exemples placés dans cette situation :',
  flagged: 'Signalé',
  passed: 'Accepté',
} as const;
