/**
 * The simulator's examples, shared by its unit tests (which check the engine still reacts to them
 * as described) and its end-to-end tests (which type them into the real page).
 */
export const simulatorExamples = {
  /** A prompt of kind `complaint` (content/simulations/prompts/). */
  complaintPrompt: 'plainte-deneigement',
  /** A reply that handles the complaint in the thread: 3.1.5, with the words highlighted. */
  badComplaintReply: 'On envoie une équipe demain matin, donnez-moi votre adresse.',
  /** Words of the bad reply the engine must point at. */
  badComplaintWords: 'On envoie une équipe',
  /** The same reply, fixed: it redirects to the City's channels. */
  fixedComplaintReply: 'Désolés pour cette situation! Pour faire votre plainte, passez par le site Web de la Ville, l’application Trois-Rivières 311 ou composez le 311.',
  /** A reply with a sacre: 3.2, words « Calvaire ». */
  profaneReply: 'Calvaire, on fait ce qu’on peut.',
  profaneWord: 'Calvaire',
  /** A real-looking comment to paste, and the kind the engine proposes. */
  pastedComment: 'Bonjour, je suis journaliste au Nouvelliste. Combien a coûté la nouvelle piste cyclable?',
  pastedKind: 'media-request',
  /** A post on one's own account that speaks in the City's name (4.1 / 4.3). */
  cityVoicePost: 'Au nom de la Ville de Trois-Rivières, je vous annonce que le festival est annulé.',
  /** A post that reads as a personal opinion. */
  personalOpinionPost: 'Moi, je trouve que la nouvelle piste cyclable est une belle réussite.',
  /** Markup typed in a reply: shown as text, never run. */
  htmlReply: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>gras</b> 😀',
} as const;
