/** /a-propos/regles-du-moteur/ (maintainers): the page's own words (rules, examples and reasons come from the engine). */
export const rulesUi = {
  pageTitle: 'Le moteur de règles : documentation pour les responsables du site',
  pageDescription:
    'Pour les responsables du site : chaque règle du moteur avec son identifiant, à côté du texte officiel de sa section, ses exemples (qui sont aussi ses tests) et la couverture de chaque section de la politique CE-2019-0040.',
  back: 'À propos de ce site',
  lead: 'Les quiz, le simulateur et l’aide à la décision demandent tous à un même moteur de règles. Cette page le documente pour les personnes qui tiennent le site : chaque règle telle que le moteur l’applique, avec son identifiant, à côté des mots de la politique qu’elle met en œuvre. Pour une présentation en mots simples, voir « Les règles en bref ».',
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

/** /regles/, « Les règles en bref »: the page's own words (rules come from the engine, plain wording from content/rules/). */
export const briefUi = {
  pageTitle: 'Les règles en bref',
  pageDescription:
    'Les règles de la politique CE-2019-0040 en mots simples : pour chacune, ce qu’il faut faire, ce qu’il faut éviter, un exemple et la section de la politique.',
  lead: 'Ce que la politique demande, règle par règle, en mots simples. Chaque carte dit quoi faire et quoi éviter, avec un exemple, et renvoie à la section de la politique : en cas de doute, le texte officiel fait foi.',
  tocTitle: 'Par section',
  sectionHeading: (n: string, title: string) => `Section ${n} : ${title}`,
  do: 'À faire',
  dont: 'À éviter',
  allowed: 'C’est permis',
  exampleGood: 'Par exemple',
  exampleBad: 'Par exemple',
  readSection: (n: string, title: string) => `Section ${n}, « ${title} »`,
  sectionLabel: 'Dans la politique :',
  maintainers: 'Pour les responsables du site : la documentation du moteur de règles (identifiants, exemples qui servent de tests, couverture).',
} as const;
