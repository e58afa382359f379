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

export const collections = { policy, policyInfo, netiquette, scenarios };
