/**
 * A Web Worker's side of the protocol (engine-protocol.ts), shared by the whole engine's worker and
 * the one with `evaluate` alone. It answers one request at a time; engine-client.ts decides which
 * requests are still worth sending.
 */
import { runTask, type EngineFunctions, type EngineRequest, type EngineResponse } from './engine-protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(r: EngineResponse): void };

/** Answers the page's requests with `engine`; a task it lacks the function for fails (the page then runs it). */
export function serveEngine(engine: Partial<EngineFunctions>): void {
  scope.onmessage = ({ data: request }) => {
    let response: EngineResponse;
    try {
      response = { id: request.id, ok: true, ...runTask(engine, request) };
    } catch {
      // The page then runs the request itself: a bug here must not leave a field waiting forever.
      response = { id: request.id, ok: false };
    }
    scope.postMessage(response);
  };
}
