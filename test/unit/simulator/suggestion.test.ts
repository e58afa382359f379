/**
 * Applying the engine's suggestions leaves good text: the fault is replaced (never left behind),
 * no greeting is doubled, the rest of the person's text is kept, and once every suggestion is applied
 * there is nothing more to apply. Run on every rule's mustFlag example, on typical mistaken replies
 * to every simulator prompt, and on random texts built around them (fast-check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { applyAllSuggestions, applySuggestion, faultRange } from '../../../src/components/simulator/suggestion';
import { evaluate, rules, type Finding, type Incoming, type Situation, type When } from '../../../src/engine/index';
import { CONTENT_DIR } from '../../support/content-files';

type TextSituation = Extract<Situation, { text?: string }>;
interface Case {
  name: string;
  situation: TextSituation & { text: string };
}

const withText = (s: Situation, text: string): Situation => ({ ...(s as TextSituation), text }) as Situation;
const findings = (s: Situation) => (text: string): Finding[] => evaluate(withText(s, text)).findings;

/** Every rule's mustFlag example that has a text. */
const ruleCases: Case[] = rules.flatMap((rule) =>
  rule.examples.mustFlag.flatMap((example, i): Case[] => {
    const situation = typeof example === 'string' ? (rule.context ? { ...rule.context, text: example.replace(/[⟦⟧]/gu, '') } : undefined) : example;
    if (!situation || situation.kind === 'create-account' || typeof situation.text !== 'string') return [];
    return [{ name: `${rule.id} #${i + 1}`, situation: situation as Case['situation'] }];
  }),
);

/**
 * Replies people typically get wrong, by kind of comment; each is tried on every prompt of that kind
 * (with the prompt's moment and emergency), as the simulator would evaluate it.
 */
const typicalMistakes: Partial<Record<Incoming, string[]>> = {
  complaint: [
    'On envoie une équipe demain matin, donnez-moi votre adresse.',
    'Bonjour! Merci de nous l’avoir signalé, on s’en occupe.',
    'Désolés pour les inconvénients. Écrivez-nous en privé avec une photo. Bonne journée!',
    'Merci pour votre message!',
  ],
  request: ['Bonjour, je transmets votre demande aux travaux publics 👍', 'Ok, c’est noté.', 'Merci! Envoyez-nous votre adresse et on regarde ça.'],
  'media-request': [
    'Bonjour! Le chantier sera terminé en octobre.',
    'Merci de votre intérêt. Nous ne pouvons pas confirmer, mais le maire sera là.',
    'Bonjour, merci de votre message!',
  ],
  'emergency-report': ['Merci de nous avertir, on transmet aux pompiers.', 'Oh non! Soyez prudents 🙏', 'ok merci on regarde ca'],
  'needs-validation': ['Bonjour! Oui, c’est confirmé pour samedi.', 'La piscine ouvrira le 15 juin.'],
  question: ['Calvaire, c’est écrit sur le site.', 'Merci de votre question!'],
  disrespectful: ['Vous êtes un imbécile.', 'Merci de rester poli.'],
  comment: ['Merci beaucoup!', 'Thanks a lot!'],
};

interface Prompt {
  incoming: Incoming;
  when: When;
  emergencyOngoing?: boolean;
}
const promptDir = join(CONTENT_DIR, 'simulations/prompts');
const promptCases: Case[] = readdirSync(promptDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((file) => {
    const p = parse(readFileSync(join(promptDir, file), 'utf8')) as Prompt;
    return (typicalMistakes[p.incoming] ?? []).map((text, i) => ({
      name: `${file} #${i + 1}`,
      situation: { kind: 'reply', incoming: p.incoming, author: 'communications', account: 'city', when: p.when, emergencyOngoing: p.emergencyOngoing ?? false, text } as Case['situation'],
    }));
  });

const GREETING_TWICE = /\b(?:bonjour|bonsoir|allo|salut)\b[^.!?]{0,40}[.!?,]\s*(?:bonjour|bonsoir|allo|salut)\b/iu;

/** What must hold after applying every suggestion to `text` in `situation`. */
function checkApplied(situation: Situation, text: string) {
  const check = findings(situation);
  const before = check(text);
  const out = applyAllSuggestions(text, check);
  const after = check(out);
  // Nothing left to apply, and applying again changes nothing.
  expect(after.filter((f) => f.suggestion), `still a suggestion in « ${out} »`).toEqual([]);
  expect(applyAllSuggestions(out, check)).toBe(out);
  // No error is left but those the engine offers no suggestion for (and that were there already).
  const unfixable = new Set(before.filter((f) => f.severity === 'error' && !f.suggestion).map((f) => f.rule));
  expect(after.filter((f) => f.severity === 'error' && !unfixable.has(f.rule)).map((f) => `${f.rule}: ${out}`)).toEqual([]);
  // No greeting doubled, and each suggestion's sentence at most once.
  if (!GREETING_TWICE.test(text)) expect(out, 'greeting doubled').not.toMatch(GREETING_TWICE);
  for (const s of new Set(before.map((f) => f.suggestion).filter((x): x is string => !!x))) {
    const core = s.replace(/^(?:bonjour|bonsoir)!\s*/iu, '').split(/(?<=[.!?])\s/u)[0]!;
    expect(out.split(core).length - 1, `« ${core} » more than once in « ${out} »`).toBeLessThanOrEqual(1);
  }
  // Sentences with no fault in them are kept, word for word.
  const faults = before.map((f) => faultRange(text, f)).filter((r): r is { start: number; end: number } => !!r);
  for (const m of text.matchAll(/[^.!?…\n]+[.!?…]*/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = m[0].trim();
    if (sentence && !faults.some((r) => r.start < end && start < r.end)) expect(out, `kept « ${sentence} »`).toContain(sentence);
  }
  return out;
}

describe('appliquer toutes les suggestions', () => {
  test('il y a des exemples à corriger (règles et mises en situation)', () => {
    expect(ruleCases.filter((c) => evaluate(c.situation).findings.some((f) => f.suggestion)).length).toBeGreaterThanOrEqual(20);
    expect(promptCases.length).toBeGreaterThanOrEqual(50);
  });

  test.each(ruleCases.map((c) => [c.name, c] as const))('exemple mustFlag %s', (_name, c) => {
    checkApplied(c.situation, c.situation.text);
  });

  test.each(promptCases.map((c) => [c.name, c.situation.text, c] as const))('mise en situation %s : « %s »', (_name, _text, c) => {
    checkApplied(c.situation, c.situation.text);
  });

  test('propriété : autour d’une erreur, n’importe quelles phrases de la personne restent et rien n’est doublé', () => {
    const fixable = [...ruleCases, ...promptCases].filter((c) => evaluate(c.situation).findings.some((f) => f.suggestion));
    const openers = ['', 'Bonjour Mme Tremblay,', 'Bonsoir!', 'Allo!'];
    const neutral = ['Merci de votre message.', 'Nous comprenons votre frustration.', 'Bonne journée!', 'Au plaisir 🙂'];
    fc.assert(
      fc.property(
        fc.constantFrom(...fixable),
        fc.constantFrom(...openers),
        fc.array(fc.constantFrom(...neutral), { maxLength: 2 }),
        fc.array(fc.constantFrom(...neutral), { maxLength: 2 }),
        (c, opener, before, after) => {
          // A person's own greeting opens the text, if any (the mistakes may carry one too).
          const own = /^(?:bonjour|bonsoir|allo)/iu.test(c.situation.text) ? '' : opener;
          const text = [own, ...before, c.situation.text, ...after].filter(Boolean).join(' ');
          checkApplied(c.situation, text);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('applySuggestion', () => {
  const complaint = (text: string): Situation => ({ kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text });
  const media = (text: string): Situation => ({ kind: 'reply', incoming: 'media-request', author: 'communications', account: 'city', text });
  const applyFirst = (s: Situation & { text: string }) => {
    const all = evaluate(s).findings;
    return applySuggestion(s.text, all.find((f) => f.suggestion)!, all).text;
  };

  test.each([
    // A greeting already there is not repeated.
    [media('Bonjour! Le maire sera disponible demain à 10 h.'), /^Bonjour! Les demandes des médias/u],
    // The promise goes: the 311 sentence takes its place, the thanks before it stay.
    [complaint('Merci! Envoyez-nous votre adresse et on regarde ça.'), /^Merci! Pour formuler une plainte[^]*au 311\.$/u],
    // A clause at fault takes its whole sentence with it (no « mais Les demandes… »).
    [media('Nous ne pouvons pas confirmer, mais le maire sera là.'), /^Bonjour\u202F! Les demandes des médias[^]*téléphone\. Merci\u202F!$/u],
    // Something missing is added at the end, after a period.
    [complaint('ok c’est noté'), /^ok c’est noté\. Pour formuler une plainte/u],
  ])('%o', (situation, expected) => {
    expect(applyFirst(situation as Situation & { text: string })).toMatch(expected);
  });

  test('remplace les mots en cause par une suggestion de quelques mots, et place le curseur après', () => {
    expect(applySuggestion('Calvaire, merci.', { suggestion: 'Bonjour', span: { start: 0, end: 8 } })).toEqual({ text: 'Bonjour, merci.', caret: 7 });
  });

  test('ajoute à la fin quand la remarque ne désigne aucun mot', () => {
    expect(applySuggestion('Merci.  ', { suggestion: 'Composez le 311.' })).toEqual({ text: 'Merci. Composez le 311.', caret: 23 });
    expect(applySuggestion('', { suggestion: 'Composez le 311.' })).toEqual({ text: 'Composez le 311.', caret: 16 });
  });

  test('retire toutes les promesses qui portent la même suggestion, et ne la met qu’une fois', () => {
    const s = complaint('On s’en occupe. Je vous remercie. Une équipe passe demain.');
    const out = applyFirst(s as Situation & { text: string });
    expect(out).not.toMatch(/occupe|équipe passe/u);
    expect(out).toContain('Je vous remercie.');
    expect(out.match(/Pour formuler/gu)).toHaveLength(1);
  });
});
