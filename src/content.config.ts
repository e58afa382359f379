/**
 * Content collections: every file under `content/` is validated here when the site builds.
 * A malformed file stops the build with the file, the field and what is expected (zod's messages,
 * completed by the `superRefine` checks below, written for the Communications team who edit them).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdirSync } from 'node:fs';
import { sectionNumberFromFileName } from './policy/anchors';
import { labels, rules } from './engine/index';
import { TRAINED_AUDIENCES } from './quiz/audiences';
import { makeQuizModuleSchema } from './quiz/schema';

/** A section number as printed in the policy: `1`, `3.1`, `3.1.5`. */
export const sectionNumber = z
  .string()
  .regex(/^\d(?:\.\d){0,2}$/, 'un numéro de section comme « 3.1.5 » est attendu');

/** Section numbers that exist, read from the policy's files so that cross-references can be checked. */
const existingSections = new Set(
  readdirSync('./content/policy/sections').filter((f) => f.endsWith('.mdx')).map(sectionNumberFromFileName),
);

/** A reference to a section that exists in the policy. */
export const sectionRef = sectionNumber.refine((n) => existingSections.has(n), {
  error: (issue) =>
    `la section « ${String(issue.input)} » n'existe pas dans la politique (sections : ${[...existingSections].join(', ')})`,
});

/** One section of the official text: its words are the MDX body, kept verbatim. */
const policy = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/policy/sections' }),
  schema: z
    .object({
      /** The section's number exactly as printed, e.g. `3.1.5`. */
      number: sectionNumber,
      /** The section's title exactly as printed in the official table of contents. */
      title: z.string().min(3, 'le titre officiel de la section est attendu'),
      /** The number of the enclosing section (`3.1` for `3.1.5`); absent for top-level sections. */
      parent: sectionNumber.optional(),
      /**
       * « En bref »: our plain-language summary. It is an explanation, not the official text, and the
       * page labels it so.
       * @example "La Ville ne traite pas les plaintes sur les médias sociaux : on redirige vers le 311."
       */
      summary: z.string().min(20, 'un résumé « En bref » d’au moins une phrase est attendu'),
    })
    .superRefine((data, ctx) => {
      const expectedParent = data.number.split('.').slice(0, -1).join('.') || undefined;
      if (data.parent !== expectedParent) {
        ctx.addIssue({
          code: 'custom',
          path: ['parent'],
          message: expectedParent
            ? `la section ${data.number} doit avoir « parent: "${expectedParent}" »`
            : `la section ${data.number} est de premier niveau : retirez « parent »`,
        });
      }
    }),
});

/** The policy's identity: number, adoption, source. One entry. */
const policyInfo = defineCollection({
  loader: file('./content/policy/policy.json'),
  schema: z.object({
    /** Official number, e.g. `CE-2019-0040`. */
    number: z.string().regex(/^[A-Z]+-\d{4}-\d{4}$/, 'un numéro comme « CE-2019-0040 » est attendu'),
    /** Official title, without the number. */
    title: z.string().min(5),
    /** The body that adopted it. */
    adoptedBy: z.string().min(3),
    /** Adoption date (YYYY-MM-DD). */
    adopted: z.iso.date('une date AAAA-MM-JJ est attendue'),
    /** Date it came into force (YYYY-MM-DD). */
    inForce: z.iso.date('une date AAAA-MM-JJ est attendue'),
    /** Where the official document is published. */
    source: z.object({ label: z.string(), url: z.url('une adresse Web complète est attendue') }),
    /** The closing lines printed after the last section, kept verbatim. */
    closing: z.string(),
    /** The comment-management policy that 3.2 and 5 refer to, which this site does not reproduce. */
    commentPolicy: z.object({ number: z.string(), title: z.string() }),
    /**
     * The City's public addresses that the policy gives (nothing guessed): its website (« v3r.net »,
     * 3.1.5 and the closing lines), the list of official accounts (section 2, address as printed),
     * and the 311 line (3.1.5) as a telephone link.
     */
    cityLinks: z.object({
      website: z.url('une adresse Web complète est attendue'),
      officialAccounts: z.url('une adresse Web complète est attendue'),
      phone311: z.string().regex(/^tel:\d+$/, 'un lien « tel:311 » est attendu'),
    }),
  }),
});

/** One point of the netiquette for citizens, in plain language, tied to the sections it explains. */
const netiquette = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/netiquette' }),
  schema: z.object({
    /** Short heading of the point, as a citizen would ask it. */
    title: z.string().min(5),
    /** Position on the page, from 1. */
    order: z.number().int().positive(),
    /** Sections of CE-2019-0040 this point explains (at least one). */
    sections: z.array(sectionRef).min(1, 'au moins une section de la politique est attendue'),
  }),
});


/* ---------------------------------------------------------------------------------------------
 * Reply simulator (content/simulations/). The kinds of incoming messages and the moments come from
 * the engine's labels, so that a prompt can only declare what the engine knows.
 * ------------------------------------------------------------------------------------------- */

const incomingKinds = Object.keys(labels.incoming) as [keyof typeof labels.incoming, ...(keyof typeof labels.incoming)[]];
const whenKinds = Object.keys(labels.when) as [keyof typeof labels.when, ...(keyof typeof labels.when)[]];

/** A local date and time, as people read it on a thread: `2025-01-15T21:42`. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'une date et une heure comme « 2025-01-15T21:42 » sont attendues');

/** Day of the week (0 = Sunday) of a `localDateTime`, computed in UTC so the build's time zone does not matter. */
const weekDay = (value: string): number => new Date(`${value}:00Z`).getUTCDay();

/** One practice prompt on a City account: the City's post, a citizen's comment, and when it came in. */
const simulationPrompts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/simulations/prompts' }),
  schema: z
    .object({
      /** Short title of the exercise, shown in the list and as the page's heading. */
      title: z.string().min(5, 'un titre d’au moins 5 caractères est attendu'),
      /**
       * The kind of message the citizen sent, one of the engine's kinds. It is authoritative for the
       * exercise; a unit test checks that the engine classifies `comment` the same way.
       * @example "complaint"
       */
      incoming: z.enum(incomingKinds, { error: `un genre de message parmi : ${incomingKinds.join(', ')}` }),
      /**
       * When the comment came in (engine's `when`): business hours, after hours, weekend or holiday.
       * Checked against `receivedAt`: a weekend is a Saturday or a Sunday; business hours and after
       * hours are weekdays.
       */
      when: z.enum(whenKinds, { error: `un moment parmi : ${whenKinds.join(', ')}` }),
      /** True when an emergency measure is under way (3.1: other interactions may be delayed). */
      emergencyOngoing: z.boolean().default(false),
      /** Date and time the comment arrived, shown on the thread. @example "2025-01-15T21:42" */
      receivedAt: localDateTime,
      /** The City's post the comment answers. */
      post: z.object({
        /** The words of the City's post (plain text). */
        text: z.string().min(10, 'le texte de la publication de la Ville est attendu'),
        /** When the City published it. @example "2025-01-13T16:00" */
        publishedAt: localDateTime,
      }),
      /** The citizen's name: always a fictional person. */
      citizen: z.string().min(3, 'le nom (fictif) de la personne est attendu'),
      /** The citizen's comment, exactly as they wrote it (plain text, shown as text). */
      comment: z.string().min(5, 'le commentaire du citoyen est attendu'),
      /**
       * A model reply written for this very comment. Optional: without it, the model reply of the
       * comment's kind (content/simulations/model-replies.yaml) is offered. Must pass the engine clean.
       */
      modelReply: z.string().min(20).optional(),
      /** Sections of the policy worth reading for this exercise (at least one). */
      sections: z.array(sectionRef).min(1, 'au moins une section de la politique est attendue'),
    })
    .superRefine((data, ctx) => {
      const day = weekDay(data.receivedAt);
      const isWeekend = day === 0 || day === 6;
      if (data.when === 'weekend' && !isWeekend) {
        ctx.addIssue({ code: 'custom', path: ['receivedAt'], message: '« when: weekend » demande une date qui tombe un samedi ou un dimanche' });
      }
      if ((data.when === 'business-hours' || data.when === 'after-hours') && isWeekend) {
        ctx.addIssue({ code: 'custom', path: ['receivedAt'], message: `« when: ${data.when} » demande une date de semaine (lundi au vendredi); pour un samedi ou un dimanche, utilisez « weekend »` });
      }
      if (data.post.publishedAt > data.receivedAt) {
        ctx.addIssue({ code: 'custom', path: ['post', 'publishedAt'], message: 'la publication de la Ville doit précéder le commentaire (« receivedAt »)' });
      }
    }),
});

/** The model reply for each kind of incoming message. One entry per kind, keyed by the kind. */
const simulationModelReplies = defineCollection({
  loader: file('./content/simulations/model-replies.yaml'),
  schema: z.object({
    /** The model reply, as the Communications team would post it. Must pass the engine clean. */
    text: z.string().min(20, 'une réponse modèle d’au moins une phrase est attendue'),
    /** One or two sentences: why this reply follows the policy. */
    why: z.string().min(20, 'une explication d’au moins une phrase est attendue'),
  }),
});

/** Ready-made posts for the « on my own account » mode, from clearly personal to clearly official. */
const simulationPersonalPosts = defineCollection({
  loader: file('./content/simulations/personal-posts.yaml'),
  schema: z.object({
    /** Position in the list, from 1: the most clearly personal first. */
    order: z.number().int().positive(),
    /** Who writes it: an employee or an elected official. */
    author: z.enum(['employee', 'elected'], { error: '« employee » ou « elected » est attendu' }),
    /**
     * What the authors expect the engine to say: a personal opinion (allowed, 4.3) or a post that
     * speaks in the City's name or states its position (4.1). A unit test checks the engine agrees.
     */
    readsAs: z.enum(['personal-opinion', 'city-position'], { error: '« personal-opinion » ou « city-position » est attendu' }),
    /** The post's words (plain text). */
    text: z.string().min(10, 'le texte de la publication est attendu'),
  }),
});


/**
 * A quiz module: its scenarios, each with three or four choices that the engine grades
 * (`content/scenarios/<module>.yaml`; the file name is the module's id and URL). Fields and
 * cross-checks are documented in src/quiz/schema.ts; the build also checks every choice's expected
 * verdict against the engine (src/quiz/agreement.ts).
 */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: makeQuizModuleSchema(sectionRef),
});

/** Settings of each path's SCORM package for the City's learning platform (content/lms/paths.json). */
const lmsPaths = defineCollection({
  loader: file('./content/lms/paths.json'),
  schema: z.object({
    /** The path's audience: `employees`, `elected` or `communications`. */
    id: z.enum(TRAINED_AUDIENCES, { error: `un parcours parmi : ${TRAINED_AUDIENCES.join(', ')}` }),
    /**
     * Pass mark, in percent of the path's questions answered right the first time. The platform
     * records « passed » at or above it, « failed » below (SCORM 1.2 adlcp:masteryscore).
     * @example 80
     */
    masteryScore: z.number().int().min(0, 'un pourcentage de 0 à 100 est attendu').max(100, 'un pourcentage de 0 à 100 est attendu'),
  }),
});

const ruleIds = rules.map((r) => r.id) as [string, ...string[]];

/**
 * « Les règles en bref » (content/rules/en-bref.yaml): each engine rule in plain words, what to do and
 * what to avoid. Title, section and examples come from the engine; /regles/ stops the build when a
 * rule has no entry here, so a new rule cannot go unexplained.
 */
const rulesInBrief = defineCollection({
  loader: file('./content/rules/en-bref.yaml'),
  schema: z
    .object({
      /** The engine rule's identifier (src/engine/rules/). */
      id: z.enum(ruleIds, { error: `un identifiant de règle du moteur est attendu (${ruleIds.length} règles)` }),
      /** What to do, in one plain sentence. */
      do: z.string().min(10).optional(),
      /** What to avoid, in one plain sentence (rules that only describe what is allowed have none). */
      dont: z.string().min(10).optional(),
      /** False for a rule that only makes the engine work: it stays on the maintainers' page. */
      forPeople: z.boolean().default(true),
    })
    .refine((r) => !r.forPeople || r.do !== undefined, { message: '« do » est attendu pour une règle affichée (forPeople)', path: ['do'] }),
});

export const collections = {
  rulesInBrief,
  lmsPaths,
  policy,
  policyInfo,
  netiquette,
  scenarios,
  simulationPrompts,
  simulationModelReplies,
  simulationPersonalPosts,
};
