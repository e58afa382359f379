/**
 * Benchmarks (Vitest 5: `bench` is a test-context fixture). Targets: evaluate on a 500-character
 * reply < 1 ms median; on a 100 000-character paste < 50 ms median. Run: npx vitest bench --run
 */
import { test } from 'vitest';
import { classifyIncoming, evaluate, type Situation } from '../../src/engine/index.ts';

const base =
  'Bonjour! Merci pour votre message 😊 Nous ne traitons pas les plaintes ici : votre signalement doit passer par l’application Trois-Rivières 311, le site Web ou le 311. ';
const reply500 = base.repeat(4).slice(0, 500);
const paste100k = `${base}Calvaire, LISEZ LE SITE WEB!!! On s’en occupe. Sorry, we are closed. `.repeat(600).slice(0, 100_000);

const situation = (text: string): Situation => ({ kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text, when: 'weekend' });

test('engine', { timeout: 300_000 }, async ({ bench }) => {
  const results = await bench.compare(
    bench('evaluate: 500-character reply', () => {
      evaluate(situation(reply500));
    }),
    bench('evaluate: 100 000-character paste', () => {
      evaluate(situation(paste100k));
    }),
    bench('classifyIncoming: 500-character comment', () => {
      classifyIncoming(reply500);
    }),
  );
  for (const name of ['evaluate: 500-character reply', 'evaluate: 100 000-character paste', 'classifyIncoming: 500-character comment'] as const) {
    const r = results.get(name);
    console.info(`${name}: median ${r.latency.p50?.toFixed(3)} ms, mean ${r.latency.mean.toFixed(3)} ms`);
  }
});
