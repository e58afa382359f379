/**
 * Threats a citizen may write about the City's people (lexicon/disrespect.ts, threats; grammar/threat.ts with the roles of
 * lexicon-threat.ts, the council and its « clique » among them): someone else's home said
 * in public (« je sais où habite la mairesse ») and coming armed (to a meeting or to a group). Each is disrespectful in a
 * received comment; a question, a denial, a figure (« armé de patience ») and an ordinary tool stay clean.
 * Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const threats = [
  'Je sais où habite la mairesse.',
  'On sait où il reste, le conseiller.',
  'Je connais l’adresse où habite ton directeur.',
  'La prochaine séance du conseil, j’arrive armé.',
  // The comment's last words, with no full stop (`$` in the lexicon's term).
  'La prochaine séance, j’arrive armé',
  'Je vais venir avec mon fusil à la prochaine séance.',
  'On va venir avec des armes, vous allez voir.',
  'Préparez-vous, les musulmans, on arrive avec nos armes.',
  'Attendez que je vous pogne dans le stationnement.',
  'Le DG mériterait une bonne claque.',
  'La conseillère mérite une baffe.',
  'Le DG mérite une balle.',
  'Le maire mériterait la corde.',
  'On devrait pendre le conseil municipal sur la place publique.',
  'Faudrait fusiller toute la clique de l’hôtel de ville.',
];
const clean = [
  'Je ne sais pas où habite le maire.',
  'Savez-vous où habite le maire?',
  'Je sais où habitent les familles du quartier, je leur apporte des paniers.',
  'J’arrive armé de patience pour la réunion.',
  'On arrive armés de pelles pour la corvée.',
  'Je viens avec un couteau à pain pour le dîner communautaire.',
  'Attendez que je vous trouve le bon formulaire.',
  'Notre équipe mérite une belle volée d’applaudissements.',
  'Il mériterait une bonne tape dans le dos.',
  'Les Canadiens méritent une raclée ce soir.',
  'Le maire ne mérite pas la corde, voyons.',
  'Le conseil municipal va tuer le centre-ville avec ce projet.',
  'Je vais écraser le conseil aux prochaines élections.',
  'Un conseil : tuez le temps en lisant.',
  // News of a threat received is no threat.
  'Une conseillère a été menacée de mort la semaine dernière; la police enquête.',
  'Le maire dit avoir reçu des menaces de mort.',
];

describeReading('threats about the City’s people', threats, clean);
