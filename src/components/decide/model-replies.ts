/**
 * The model reply for each kind of incoming message, written by the reply simulator's content
 * (content/simulations/). Until that content exists the helper shows the engine's suggestions only.
 */
export async function getModelReplies(): Promise<Partial<Record<string, string>>> {
  return {};
}
