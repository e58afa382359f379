/**
 * The model reply for each kind of incoming message, as the decision helper shows it: the text of the
 * simulator's models (content/simulations/model-replies.yaml, one collection, one reader).
 */
import { getModelReplies as getModels } from '../simulator/prompts';

export async function getModelReplies(): Promise<Partial<Record<string, string>>> {
  return Object.fromEntries(Object.entries(await getModels()).map(([kind, model]) => [kind, model.text]));
}
