/**
 * The rule engine in a Web Worker, so that a long paste never freezes typing. It answers one
 * request at a time; engine-client.ts decides which requests are still worth sending.
 */
import { classifyIncomingDetailed, evaluate } from '../../engine/index';
import { runTask, type EngineRequest, type EngineResponse } from './engine-protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(r: EngineResponse): void };

scope.onmessage = ({ data: request }) => {
  let response: EngineResponse;
  try {
    response = { id: request.id, ok: true, ...runTask({ evaluate, classifyIncomingDetailed }, request) };
  } catch {
    // The page then runs the request itself: a bug here must not leave a field waiting forever.
    response = { id: request.id, ok: false };
  }
  scope.postMessage(response);
};
