/**
 * The rule engine's `evaluate` alone in a Web Worker, for the pages that only judge a reply or a
 * post: without classifyIncoming and its lexicon, about 5 Ko gzip lighter than engine.worker.ts.
 * Started by engine-evaluate-worker.ts.
 */
import './engine-data-first';
import { evaluate } from '../../engine/index';
import { serveEngine } from './engine-serve';

serveEngine({ evaluate });
