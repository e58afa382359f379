/**
 * Traceability: every section of the policy is applied by at least one rule, or marked not
 * actionable with the reason. Derived from the rule list (never written twice).
 */
import { allRules } from './rules/index.ts';
import { sectionNumbers, type SectionNumber } from './sections.ts';

export interface SectionCoverage {
  section: SectionNumber;
  /** Ids of the rules that apply this section. */
  rules: string[];
  /** Why no rule applies it (French), when none does. */
  notActionable?: string;
}

const notActionable: Partial<Record<SectionNumber, string>> = {
  '1': 'Objet et champ d’application : le moteur en tient compte en appliquant les directives de rédaction (3.2) aux comptes officiels; aucune obligation propre à vérifier.',
  '2': 'Présence de la Ville : décrit les comptes et rappelle que le site Internet demeure la référence principale; aucune obligation à vérifier.',
  '2.1': 'Objectifs d’utilisation : décrit les publics et les usages visés; aucune obligation à vérifier.',
  '3': 'Titre de partie, sans texte propre : ses sous-sections sont appliquées.',
  '4': 'Titre de partie, sans texte propre : ses sous-sections sont appliquées.',
  '5': 'Nétiquette : renvoie à la Politique n° C-2014-0097, qui n’est pas l’objet de ce moteur (la règle « disrespectful-comment » y renvoie).',
  '6': 'Mise en application : date d’entrée en vigueur (8 janvier 2019); rien à vérifier dans une situation.',
};

/** For each section, in order: the rules that apply it, or why none does. */
export const coverage: readonly SectionCoverage[] = /* @__PURE__ */ sectionNumbers.map((section) => {
  const rules = allRules.filter((r) => r.section === section).map((r) => r.id);
  const reason = notActionable[section];
  return rules.length === 0 && reason ? { section, rules, notActionable: reason } : { section, rules };
});
