/**
 * The engine for browsers without Web Workers (or whose worker failed), loaded only then: the
 * simulator pages do not download the engine twice.
 */
export { classifyIncomingDetailed, evaluate } from '../../engine/index';
