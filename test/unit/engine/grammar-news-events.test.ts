/**
 * The lead's tables of the ninth session. First, precision on ordinary text about people: news told in the past tense
 * (« a tué une femme » is the auxiliary « a » and a participle, a past event, not the bare « à » of a call such as
 * « prêt à tuer un … »; an accent lost in normalisation made the two alike), a people's name used as a thing's adjective,
 * a state they are in (« en danger »), a role forbidden, a trip. Then peoples and destinations the lists did not name,
 * and the constructions of home set 10, read this session. Every flagged row failed on 202d84e unless said otherwise.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'an event in the past tense is news; « à » + infinitive is still a call',
  [
    'Je suis prêt à tuer un immigrant.',
    'J’hésiterais pas à tuer une femme qui me dit non.',
    'Moi chu rendu à vouloir tuer les immigrants.',
  ],
  [
    'Un chauffard a tué une femme hier soir sur le boulevard des Forges.',
    'Un immigrant a tué un homme hier, selon la police.',
    'Quelqu’un a tué une femme dans le quartier, c’est terrible.',
    'Il a tué un homme en 1998 et il est sorti de prison.',
    'Le suspect a pendu un homme dans sa grange, selon l’enquête.',
  ],
  { cleanNotDisrespectful: true },
);

// A name of origin or colour right after a thing's noun is that thing's adjective (« les fromages français »). On
// 202d84e each clean row was a hate error; the flagged rows (a noun of people before the name) were already caught.
describeReading(
  'a name after a thing’s noun describes the thing; after a noun of people it still names people',
  [
    'Les femmes chinoises sont sales.',
    'Les voisins arabes sont des voleurs.',
    'Les familles immigrantes sont des parasites.',
    'Les chauffeurs haïtiens sont des dangers publics.',
    'Les caissières arabes sont toutes des voleuses.',
  ],
  [
    'Les fromages français sont infects, je préfère ceux d’ici.',
    'Les restaurants chinois de la rue sont sales, selon l’inspection.',
    'Les chats noirs sont dangereux la nuit sur la route, ils sont difficiles à voir.',
    'Les vins italiens sont trop chers au marché.',
    'Les pneus coréens sont de la cochonnerie.',
  ],
  { cleanNotDisrespectful: true },
);

// Peoples the group list did not name on 202d84e (each flagged row was missed there), with news about them kept clean.
describeReading(
  'the First Nations of Québec by name, single mothers, people of colour',
  [
    'Les Atikamekw sont des ivrognes.',
    'Les Innus, faut les renvoyer chez eux.',
    'Les mères monoparentales sont des profiteuses.',
    'Les personnes de couleur sont toutes des criminels.',
  ],
  [
    'Les Mohawks de Kahnawake ont bloqué le pont ce matin.',
    'Les Atikamekw de Wemotaci organisent un pow-wow en juillet.',
    'Les malades mentaux attendent trop longtemps pour un suivi.',
    'Un refuge pour les mères monoparentales ouvre au centre-ville.',
  ],
  { cleanNotDisrespectful: true },
);

// Sent back to a place the list did not name (each flagged row was missed on 202d84e); trips home stay clean.
describeReading(
  'sent back to a province, a country or « their » dwelling',
  [
    'Les Anglais, qu’ils retournent en Ontario.',
    'Les immigrants devraient retourner au Mexique.',
    'Retournez dans vos tipis, les autochtones.',
    'Les Innus, faut les renvoyer dans le bois.',
  ],
  [
    'Les Français retournent en France pour Noël.',
    'On retourne dans le bois cet été avec les enfants.',
    'Les touristes retournent en Ontario après le festival.',
  ],
  { cleanNotDisrespectful: true },
);

// Read on home set 10 (read this session, so development data): each flagged row was missed on 202d84e, each clean row
// there was an error, except the guard rows kept from before.
describeReading(
  'a death wished that counts them, a beating deserved, public goods and borders closed to a people',
  [
    'Qu’ils crèvent toutes dehors cet hiver, les itinérants.',
    'Qu’ils crèvent tous.',
    'Le maire mériterait une bonne volée.',
    'Ce conseiller-là mérite une bonne claque.',
    'Les personnes trans devraient pas avoir accès aux toilettes des arénas.',
    'Les immigrants ne devraient pas avoir accès aux logements sociaux.',
    'Fermez la frontière aux musulmans.',
  ],
  [
    'Les itinérants sont pas dangereux. Ils sont surtout en danger eux-mêmes, l’hiver.',
    'Les aînés sont en danger dans les CHSLD mal chauffés.',
    'Faut interdire les cyclistes sur le trottoir de la rue des Forges.',
    'Le maire mérite une médaille pour le déneigement.',
    'Les jeunes ne devraient pas avoir accès au cannabis.',
    'Fermez la rue aux camions pendant le festival.',
    'Vous allez brûler toutes vos calories au défi des escaliers.',
  ],
  { cleanNotDisrespectful: true },
);

// Also read on home set 10: a likeness said with « on dirait » of a people set out before, and a street forbidden them.
describeReading(
  'a likeness with « on dirait », a place forbidden with « sur »',
  [
    'Les Africains, on dirait des animaux.',
    'Les Haïtiens, on dirait une bande de singes.',
    'Interdisez les Haïtiens sur la rue des Forges après 22 h.',
  ],
  [
    'Mes enfants, on dirait des singes quand ils grimpent au parc.',
    'Ma chatte, on dirait un singe.',
    'Renvoyez les jeunes sur le terrain après la pause.',
    'Interdisez les cyclistes sur le trottoir.',
  ],
  { cleanNotDisrespectful: true },
);

// « Allez voir en Angleterre » was an error after the destinations above (a counter-argument on held-out data): going
// somewhere to do something, or a trip recommended, is not being sent back.
describeReading(
  'sent back, not a trip or a look elsewhere',
  [
    'Allez vivre en Afrique, les immigrés.',
    'Qu’ils aillent en Afrique.',
    'Va-t’en en Afrique.',
    'Retournez en Afrique.',
    'Allez en Afrique, les Noirs.',
  ],
  [
    'Allez voir en Angleterre ce qui se passe avec leur système de santé.',
    'Allez en Italie, c’est magnifique au printemps.',
    'Allez en France si vous voulez voir de vrais fromages.',
  ],
  { cleanNotDisrespectful: true },
);

// A right refused under a condition is a rule debated (grammar-precision13); the condition must sit in the right's own
// clause: an aside after a comma (« si vous voulez mon avis ») conditions nothing. The flagged row was missed on 7d8e2e9.
describeReading(
  'a condition in the clause of the right, not an aside',
  ['Les femmes ne devraient pas avoir le droit de conduire, si vous voulez mon avis.'],
  ['Les aînés ne devraient plus avoir le droit de conduire la nuit sans examen.'],
  { cleanNotDisrespectful: true },
);

// A treatment told with the active verb before the people denounces how they are handled, as « sont traités comme du
// bétail » already did; an order, a duty or the speaker's own doing still says it of them. The clean rows were errors
// on 1e4f1b6.
describeReading(
  'a treatment told, not wished',
  [
    'Il faut traiter les réfugiés comme des chiens.',
    'Traitez les réfugiés comme des chiens.',
    'Je traite les Arabes comme des chiens.',
    'Les réfugiés devraient être traités comme du bétail.',
  ],
  [
    'On traite les réfugiés comme des chiens, c’est scandaleux.',
    'Vous traitez les itinérants comme des chiens, c’est une honte.',
    'Les gouvernements traitent les demandeurs d’asile comme du bétail.',
  ],
  { cleanNotDisrespectful: true },
);
