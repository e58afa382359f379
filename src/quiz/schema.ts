/**
 * The schema of a quiz module file (`content/scenarios/<module>.yaml`). It is a factory taking the
 * site's `sectionRef` (from src/content.config.ts) so that the build and the unit tests validate
 * files with the same rules; messages are written for the Communications team who edit the files.
 */
import { z } from 'astro/zod';
import { labels, type Situation, type Verdict } from '../engine/index';
import { RESERVED_MODULE_IDS, TRAINED_AUDIENCES } from './audiences';

// The engine's vocabularies, read from its labels (one place): a situation written by hand must use them.
const keys = <K extends string>(record: Record<K, string>) => Object.keys(record) as [K, ...K[]];
const roles = keys(labels.role);
const accounts = keys(labels.account);
const contents = keys(labels.content);
const incomings = keys(labels.incoming);
const whens = keys(labels.when);

export const OUTCOMES = ['allowed', 'not-allowed', 'not-covered'] as const satisfies readonly Verdict['outcome'][];
export type Outcome = (typeof OUTCOMES)[number];

const kebab = (what: string) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} : des minuscules, chiffres et tirets sont attendus (ex. « plainte-nid-de-poule »)`);

/** The action a choice stands for, as the engine reads it (src/engine/types.ts `Situation`). */
export const situationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Publish something. */
    kind: z.literal('publish'),
    /** Who publishes. */
    author: z.enum(roles),
    /** On which account. */
    account: z.enum(accounts),
    /** What kind of content. */
    content: z.enum(contents),
    /** The words of the post, when they matter. */
    text: z.string().optional(),
  }),
  z.strictObject({
    /** Reply to a message received. */
    kind: z.literal('reply'),
    /** What kind of message the reply answers. */
    incoming: z.enum(incomings),
    /** Who replies. */
    author: z.enum(roles),
    /** From which account. */
    account: z.enum(accounts),
    /** The words of the reply (shown to the learner). */
    text: z.string().min(1, 'le texte de la réponse est attendu'),
    /** When the message arrived. */
    when: z.enum(whens).optional(),
    /** Whether an emergency measure is under way. */
    emergencyOngoing: z.boolean().optional(),
  }),
  z.strictObject({
    /** Create a new social-media account. */
    kind: z.literal('create-account'),
    /** Who asks for it. */
    requester: z.enum(roles),
    /** Whether the Direction générale approved it. */
    dgApproved: z.boolean(),
  }),
])
  // Zod leaves out the optional keys a file omits, so the output is a Situation as the engine types it
  // (exactOptionalPropertyTypes only objects to `text: undefined`, which cannot occur here).
  .transform((s): Situation => s as Situation);

/** One answer the learner can pick. */
export const choiceSchema = z.strictObject({
  /** Short id, unique in the scenario, e.g. `a`. Saved progress refers to it: do not rename lightly. */
  id: kebab('l’identifiant du choix'),
  /**
   * What the learner reads: the action, in words. A reply's or a post's words are shown after it,
   * from `action.text`: do not repeat them here.
   * @example "Répondre dans le fil :"
   */
  label: z.string().min(5, 'le libellé du choix est attendu'),
  /** The action as the engine reads it. The engine's verdict on it grades the choice. */
  action: situationSchema,
  /**
   * The author's expected verdict: `allowed` (permis), `not-allowed` (non permis) or `not-covered`
   * (la politique ne tranche pas). The build fails when the engine disagrees.
   */
  expect: z.enum(OUTCOMES, { error: '« expect » doit valoir allowed, not-allowed ou not-covered' }),
});

/** One situation to judge. */
export const scenarioSchema = z.strictObject({
  /** Id unique across all modules, kebab-case. Saved progress refers to it. */
  id: kebab('l’identifiant du scénario'),
  /** Who this scenario is for (employees, elected, communications). */
  audiences: z
    .array(z.enum(TRAINED_AUDIENCES, { error: `public attendu : ${TRAINED_AUDIENCES.join(', ')}` }))
    .min(1, 'au moins un public est attendu'),
  /** The situation in a few lines: who, which account, what was posted or received, when. */
  situation: z.string().min(40, 'la mise en situation (qui, quel compte, quoi, quand) est attendue'),
  /** The question asked. */
  question: z.string().min(10, 'la question est attendue'),
  /**
   * The engine outcome that makes a choice right: `allowed` (default: the right choices are those
   * the policy allows) or `not-covered` (the question asks where the policy is silent, so the right
   * move is to ask the Communications team).
   */
  rightOutcome: z.enum(['allowed', 'not-covered']).default('allowed'),
  /** Sections this scenario teaches; quoted in the feedback when the engine cites none. */
  sections: z.array(z.string()).min(1, 'au moins une section est attendue'),
  /** Three or four choices. */
  choices: z.array(choiceSchema).min(3, 'au moins 3 choix sont attendus').max(4, 'au plus 4 choix sont attendus'),
});

/** Builds the module schema with the site's section reference checker. */
export function makeQuizModuleSchema(sectionRef: z.ZodType<string>) {
  return z
    .strictObject({
      /** Module title, as a learner reads it. */
      title: z.string().min(5, 'le titre du module est attendu'),
      /** One or two sentences: what this module covers. */
      summary: z.string().min(20, 'un résumé d’au moins une phrase est attendu'),
      /** Paths this module belongs to. */
      audiences: z
        .array(z.enum(TRAINED_AUDIENCES, { error: `public attendu : ${TRAINED_AUDIENCES.join(', ')}` }))
        .min(1, 'au moins un public est attendu'),
      /** Position in each path (smaller comes first). */
      order: z.number().int().positive('« order » : un entier à partir de 1 est attendu'),
      /** Sections to read before the quiz. */
      readFirst: z.array(sectionRef).min(1, 'au moins une section à lire est attendue'),
      /** The scenarios. */
      scenarios: z.array(scenarioSchema.extend({ sections: z.array(sectionRef).min(1, 'au moins une section est attendue') })).min(1),
    })
    .superRefine((mod, ctx) => {
      const scenarioIds = new Set<string>();
      mod.scenarios.forEach((s, i) => {
        if (scenarioIds.has(s.id)) {
          ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `l’identifiant « ${s.id} » est déjà utilisé dans ce module : choisissez-en un autre` });
        }
        scenarioIds.add(s.id);
        if ((RESERVED_MODULE_IDS as readonly string[]).includes(s.id)) {
          ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `« ${s.id} » est réservé` });
        }
        const choiceIds = new Set<string>();
        s.choices.forEach((c, j) => {
          if (choiceIds.has(c.id)) {
            ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'choices', j, 'id'], message: `scénario « ${s.id} » : le choix « ${c.id} » existe déjà; chaque choix a son propre identifiant` });
          }
          choiceIds.add(c.id);
        });
        if (!s.choices.some((c) => c.expect === s.rightOutcome)) {
          ctx.addIssue({
            code: 'custom',
            path: ['scenarios', i, 'choices'],
            message: `scénario « ${s.id} » : aucun choix n’est juste. Au moins un choix doit avoir « expect: ${s.rightOutcome} » (la valeur de « rightOutcome »)`,
          });
        }
        for (const a of s.audiences) {
          if (!mod.audiences.includes(a)) {
            ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'audiences'], message: `scénario « ${s.id} » : le public « ${a} » n’est pas dans les publics du module (${mod.audiences.join(', ')}); ajoutez-le au module ou retirez-le du scénario` });
          }
        }
      });
      for (const a of mod.audiences) {
        if (!mod.scenarios.some((s) => s.audiences.includes(a))) {
          ctx.addIssue({ code: 'custom', path: ['audiences'], message: `le module est offert au public « ${a} » mais aucun scénario ne lui est destiné` });
        }
      }
    });
}

export type QuizModuleData = z.output<ReturnType<typeof makeQuizModuleSchema>>;
export type ScenarioData = QuizModuleData['scenarios'][number];
export type ChoiceData = ScenarioData['choices'][number];
