/**
 * The simulator's content against the engine: each prompt's comment is classified as its declared
 * kind, every model reply passes clean, every ready-made personal post reads as its authors expect.
 * The declared kind is authoritative for the exercise, but a disagreement fails so authors notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { classifyIncoming, evaluate, labels } from '../../../src/engine/index';
import type { Incoming, Situation, When } from '../../../src/engine/types';
import { CONTENT_DIR } from '../../support/content-files';

interface Prompt {
  incoming: Incoming;
  when: When;
  emergencyOngoing?: boolean;
  comment: string;
  modelReply?: string;
}
interface ModelReply {
  text: string;
  why: string;
}
interface PersonalPost {
  id: string;
  author: 'employee' | 'elected';
  readsAs: 'personal-opinion' | 'city-position';
  text: string;
}

const promptDir = join(CONTENT_DIR, 'simulations/prompts');
const prompts = readdirSync(promptDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, data: parse(readFileSync(join(promptDir, file), 'utf8')) as Prompt }));
const models = parse(readFileSync(join(CONTENT_DIR, 'simulations/model-replies.yaml'), 'utf8')) as Record<Incoming, ModelReply>;
const posts = parse(readFileSync(join(CONTENT_DIR, 'simulations/personal-posts.yaml'), 'utf8')) as PersonalPost[];
const kinds = Object.keys(labels.incoming) as Incoming[];

const replySituation = (p: Prompt, text: string): Situation => ({
  kind: 'reply',
  incoming: p.incoming,
  author: 'communications',
  account: 'city',
  text,
  when: p.when,
  emergencyOngoing: p.emergencyOngoing ?? false,
});
/** Findings that would stop a model from being a model: errors and warnings. */
const problems = (s: Situation) => evaluate(s).findings.filter((f) => f.severity !== 'info').map((f) => `${f.section} ${f.rule} : ${f.message}`);

describe('les mises en situation', () => {
  test('il y en a au moins 24, de chaque genre que le moteur connaît', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(24);
    expect(new Set(prompts.map((p) => p.data.incoming))).toEqual(new Set(kinds));
  });

  test('certaines arrivent le soir, la fin de semaine, un jour férié ou pendant une mesure d’urgence', () => {
    const whens = new Set(prompts.map((p) => p.data.when));
    for (const w of ['after-hours', 'weekend', 'holiday'] as When[]) expect(whens, w).toContain(w);
    expect(prompts.some((p) => p.data.emergencyOngoing)).toBe(true);
  });

  test.each(prompts.map((p) => [p.file, p.data] as const))('%s : le moteur classe le commentaire dans le genre déclaré', (file, p) => {
    const engineKind = classifyIncoming(p.comment);
    expect(
      engineKind,
      `${file} : déclaré « ${p.incoming} » (${labels.incoming[p.incoming]}), le moteur y voit « ${engineKind} » (${labels.incoming[engineKind]}). Rendez le commentaire plus clair ou corrigez « incoming ».`,
    ).toBe(p.incoming);
  });

  test.each(prompts.map((p) => [p.file, p.data] as const))('%s : le modèle de réponse offert passe le moteur sans erreur ni avertissement', (file, p) => {
    const text = p.modelReply ?? models[p.incoming].text;
    const situation = replySituation(p, text);
    expect(problems(situation), file).toEqual([]);
    expect(evaluate(situation).outcome, file).toBe('allowed');
  });
});

describe('les modèles de réponse par genre (content/simulations/model-replies.yaml)', () => {
  test('chaque genre de commentaire a son modèle', () => {
    expect(Object.keys(models).sort()).toEqual([...kinds].sort());
  });

  // A kind's model is offered on the « commentaire reçu » page at any moment: check them all.
  const cases = kinds.flatMap((k) => (Object.keys(labels.when) as When[]).map((w) => [k, w] as const));
  test.each(cases)('modèle « %s », reçu « %s » : conforme, sans erreur ni avertissement', (kind, when) => {
    const situation: Situation = { kind: 'reply', incoming: kind, author: 'communications', account: 'city', text: models[kind].text, when };
    expect(problems(situation)).toEqual([]);
    expect(evaluate(situation).outcome).toBe('allowed');
  });
});

describe('les publications toutes faites sur son propre compte', () => {
  test('elles vont de la plus personnelle à la plus officielle, pour les employés et les élus', () => {
    expect(posts[0]?.readsAs).toBe('personal-opinion');
    expect(posts.at(-1)?.readsAs).toBe('city-position');
    expect(new Set(posts.map((p) => p.author))).toEqual(new Set(['employee', 'elected']));
  });

  test.each(posts.map((p) => [p.id, p] as const))('%s : le moteur la lit comme les auteurs l’annoncent', (id, p) => {
    const verdict = evaluate({ kind: 'publish', author: p.author, account: 'personal', content: 'opinion', text: p.text });
    const blocking = verdict.findings.filter((f) => f.severity !== 'info');
    if (p.readsAs === 'personal-opinion') expect(blocking, `${id} : annoncée comme opinion personnelle`).toEqual([]);
    else expect(verdict.outcome, `${id} : annoncée comme parlant au nom de la Ville`).toBe('not-allowed');
  });
});
