/**
 * Policy facts named in the text, in one place, reused by messages and by the site.
 * Each fact quotes the section that names it; nothing here goes beyond the text unless it says so.
 */

/** 3.1.5: the channels where complaints and requests are handled. */
export const complaintChannels = [
  { id: 'website', label: 'le site Web de la Ville' },
  { id: 'app', label: "l'application mobile Trois-Rivières 311" },
  { id: 'phone', label: 'le 311 par téléphone' },
] as const;

/**
 * How people name each channel of 3.1.5, as token patterns (acts/pattern.ts syntax: `#311` is the
 * number 311, `x?` optional, `_N` up to N words). Read by the reply analyser (acts/), so every
 * phrasing of the three channels lives here with their labels.
 */
export const complaintChannelPhrasings: Readonly<Record<(typeof complaintChannels)[number]['id'], readonly string[]>> = {
  website: ['site web|internet|municipal|ville|v3r', 'site de la? ville', 'notre site', 'v #3 r', 'v3r', 'www', 'en ligne', 'formulaire|formulaires', 'trois rivieres ca'],
  app: ["l'? appli|application|applications|app|applis _2 #311|mobile|tr", "l'? appli|application|app", 'trois rivieres #311', 'tr #311'],
  phone: ['#311', '#3 #1 #1', 'trois un un'],
};

/** 3.1.5's channels as a phrase: « le site Web de la Ville, l'application mobile Trois-Rivières 311 ou le 311 par téléphone ». */
export const complaintChannelsPhrase = `${complaintChannels
  .slice(0, -1)
  .map((c) => c.label)
  .join(', ')} ou ${complaintChannels[complaintChannels.length - 1]!.label}`;

/** A sentence that names the channels: `before` + the channels' phrase + `after` (free of side effects, so the rules' documentation can be dropped from bundles that do not show it). */
/* @__NO_SIDE_EFFECTS__ */
export function withChannels(before: string, after = '.'): string {
  return before + complaintChannelsPhrase + after;
}

/** 3.1.5, as a sentence to paste in a reply. */
export const complaintRedirectSuggestion =
  "Bonjour! Pour formuler une plainte ou une requête, veuillez passer par le site Web de la Ville, l'application mobile Trois-Rivières 311 ou en appelant au 311. Merci!";

/** 3.1.6: how journalists reach the City. */
export const mediaRelations = {
  who: 'les personnes responsables des relations médias',
  how: ['par courriel', 'par téléphone'],
} as const;

/** 3.1.6, as a sentence to paste in a reply. */
export const mediaRedirectSuggestion =
  'Bonjour! Les demandes des médias ne sont pas traitées sur nos comptes officiels. Veuillez communiquer avec les personnes responsables des relations médias de la Ville par courriel ou par téléphone. Merci!';

/** 3.3: the temporary reply the policy describes. */
export const temporaryReplySuggestion =
  'Merci, votre question a bien été prise en compte. Nous vous reviendrons avec une réponse plus précise dès que possible.';

/** 3.1: the policy's own words on emergencies. */
export const notAnEmergencyService = 'Les médias sociaux ne sont pas un service d’urgence.';

/** Advice that goes BEYOND the policy text (which never names 911): always labelled as such. */
export const emergencyAdviceOutsidePolicy = 'Conseil de sécurité, en plus de la politique : en cas d’urgence, composez le 911.';

/**
 * 3.1 + the 911 advice, as words to paste in a reply to a citizen. The finding that offers it labels
 * the 911 part as advice beyond the policy; the reply itself speaks to the citizen, without the label.
 */
export const emergencyReplySuggestion = `${notAnEmergencyService} En cas d’urgence, composez le 911.`;

/** 3.2 and 5: the policy on comments that 3.2 and 5 refer to. */
export const commentsPolicy = 'Politique n° C-2014-0097 sur la gestion des commentaires';

/** Where to turn when the policy does not decide (4.1: the Communications team manages the accounts). */
export const askCommunications = 'adressez-vous à l’équipe des Communications';
