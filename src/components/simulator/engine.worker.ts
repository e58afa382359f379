/**
 * The whole rule engine in a Web Worker (the received-comment tool classifies and evaluates), so
 * that a long paste never freezes typing. Started by engine-full-worker.ts.
 */
import './engine-data-first';
import { classifyIncomingDetailed, evaluate } from '../../engine/index';
import { serveEngine } from './engine-serve';

serveEngine({ evaluate, classifyIncomingDetailed });
