/**
 * Implicit derogation without an insult word (implicit13): praise limited by the group (« il parle bien pour un … »,
 * expect.ts), the place said good before they came (« avant que les … arrivent, c'était un beau quartier », blame.ts),
 * the identity given as the explanation after it or with another subject (« il est …, ça explique tout », « comme par
 * hasard, le suspect était un … », cause.ts: a warning), nothing invented, strangers for ever (lexicon-claims.ts).
 * Sentences written for this round in standard and Québec French; clean counterparts in the same words (praise of a
 * first time or a child, a beneficiary, admiration of a feat, surprise denied, victims, skills supposed, one trait
 * explained, history, other causes of change, denounced speech). Surprise at the basics (« ça m'étonne qu'un … sache
 * lire ») and virtues supposed away (« si les … étaient capables, … ») are known misses, left out for the size budget.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, tone } from './grammar-helpers.ts';

describeReading(
  'praise limited by the group',
  [
    "Il s'exprime drôlement bien pour un Haïtien.",
    'Pour une femme, elle conduit pas si pire.',
    'Franchement, pour un Arabe, il est assez propre.',
    'Elle est pas mal intelligente pour une Autochtone.',
    'Elle se débrouille bien pour une Arabe.',
    'Pour un Autochtone, il est assez ponctuel.',
    'Pour des immigrants, ils sont plutôt propres.',
    'Il est pas mal articulé pour un Noir.',
  ],
  [
    'Pour un premier mandat, c’est bien.',
    'Il a fait un bon travail pour un premier contrat.',
    'Elle parle bien pour une enfant de cinq ans.',
    'C’est une bonne nouvelle pour une femme qui attendait ce logement depuis deux ans.',
    'Le programme est bien conçu pour une personne handicapée.',
    'Il est très gentil avec moi, pour un voisin que je connais à peine.',
    'Elle est intelligente et elle travaille pour une Autochtone de la réserve, comme adjointe.',
    'Pour un immigrant arrivé le mois passé, il parle déjà bien français.',
    'Pour des réfugiés qui arrivent, c’est un bon programme.',
    'Pour des débutants, ils sont plutôt bons.',
    'Elle fait du bénévolat pour des immigrants, elle est gentille.',
    'Il parle bien anglais pour un Québécois.',
    'Pour un homme de son âge, il est pas pire en forme.',
    'Merci pour une belle soirée, elle était bien organisée.',
    'Le logement est bien pour une famille de réfugiés, il est grand.',
    'Ça m’étonne que le pont soit encore fermé.',
    'Ça m’étonne pas qu’un Noir ait réussi, il a travaillé tellement fort.',
    'Ça m’étonne qu’une Haïtienne ait été agressée en plein jour dans notre quartier.',
    'C’est incroyable qu’une réfugiée ait réussi à ouvrir son restaurant en six mois, bravo!',
    'Je suis surpris qu’un immigrant ait été expulsé sans audience.',
    'Si les réfugiés étaient mieux accueillis, ils s’intégreraient plus vite.',
    'Si les immigrants étaient capables de faire reconnaître leurs diplômes, ils travailleraient dans leur domaine.',
    'Si les femmes étaient mieux payées, il y aurait plus d’infirmières.',
    'Si les Québécois étaient si bons au hockey, on aurait gagné la coupe.',
    'Si les immigrants étaient bons en français, on pourrait les engager plus vite.',
    'S’ils étaient si pressés, les employés auraient pris l’autobus.',
  ],
);

/** The identity as the explanation is a warning to check (cause.ts): the same shape may explain innocently. */
describe('the identity as the explanation (a warning, a disrespectful comment)', () => {
  it.each([
    'Il est juif, ça explique tout.',
    "C'est une Haïtienne, ceci explique cela.",
    'Elle est mexicaine, ça explique bien des choses.',
    "Il est autochtone, tout s'explique.",
    'Quelle surprise, le voleur était encore un Noir.',
    'Comme par hasard, le suspect était un Algérien.',
    "Sans surprise, c'était encore un immigrant.",
    "Évidemment qu'il a volé, il est algérien.",
  ])('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Il a menti, ça explique tout.',
    'Le pont était fermé, ça explique tout le trafic.',
    'Elle est haïtienne, ça explique son accent chantant.',
    'Il est algérien, ça explique pourquoi il parle arabe.',
    'Comme par hasard, c’est encore le même entrepreneur qui a eu le contrat.',
    'Quelle surprise, c’est une Haïtienne qui a gagné le concours de poésie!',
    'Le suspect était un Algérien, selon la police.',
    'Le nouveau directeur est un Haïtien.',
    'Quelle surprise, le déneigement est encore en retard.',
  ])('clean: %s', (text) => expect(tone(text)).toEqual([]));
});

describeReading(
  'a good place before they came, nothing of their own, strangers for ever',
  [
    "Avant que les immigrés arrivent, c'était un beau quartier.",
    "Le quartier était tranquille avant l'arrivée des Africains.",
    'Mon village était propre avant que les réfugiés s’installent.',
    'Avant que les Roms débarquent, notre rue était sécuritaire.',
    "C'était paisible avant que les Haïtiens s'installent dans le bloc.",
    "Le parc était agréable avant l'arrivée des réfugiés.",
    'Les Arabes ont rien inventé depuis mille ans.',
    'Les Autochtones ont jamais rien créé de leurs dix doigts.',
    'Les musulmans restent des étrangers, point.',
    'Les immigrés demeureront toujours des étrangers.',
  ],
  [
    'Avant, c’était un beau quartier, puis l’usine a fermé.',
    'Le quartier était tranquille avant les travaux du boulevard.',
    'Avant que les immigrants arrivent, la région était pauvre et vide.',
    'Avant l’arrivée des Européens, les Autochtones vivaient ici depuis des millénaires.',
    'Le parc était propre avant le festival, maintenant il faut nettoyer.',
    'C’était un beau quartier avant que l’autoroute le coupe en deux.',
    'Avant que les réfugiés arrivent, l’école était presque fermée; maintenant elle est pleine.',
    'C’était tranquille avant que les enfants arrivent de l’école.',
    'Les Arabes ont inventé l’algèbre.',
    'Arrêtez de dire que les Arabes ont rien inventé, l’algèbre vient de là.',
    'On dit souvent que les Arabes ont rien inventé, c’est faux.',
    'Les réfugiés restent des étrangers aux yeux de l’administration, c’est injuste.',
    'Les nouveaux arrivants restent des étrangers tant qu’on ne les accueille pas.',
  ],
);

describeKnownMisses(
  [
    // Surprise at the basics and virtues supposed away: built in commit 43d7d22 (expect.ts), left out for the size budget.
    "C'est surprenant qu'une musulmane sache lire le français.",
    "Ça me surprend qu'un Haïtien comprenne les règlements.",
    "Je suis étonné qu'une Arabe sache conduire.",
    "C'est étonnant qu'un Gitan paie son loyer.",
    "J'en reviens pas qu'une musulmane parle aussi bien le français.",
    "J'en reviens pas qu'un immigrant paie ses taxes à temps.",
    "Si les Noirs étaient capables, l'Afrique serait riche.",
    "Si les femmes étaient aussi bonnes, il y aurait plus de femmes PDG.",
    "S'ils étaient si brillants, les Autochtones auraient inventé la roue.",
    "Si les Haïtiens étaient travaillants, Haïti serait pas dans cet état.",
    "Si les Arabes étaient si civilisés, leurs pays seraient pas en guerre.",
    "S'ils étaient aussi intelligents qu'ils le disent, les Africains auraient pas besoin de notre aide.",
    'T’es pas si pire en maths pour une fille.',
    'Ça m’étonne qu’un Noir ait réussi son bac.',
    'Ben oui, évidemment qu’il était arabe, le gars.',
    'Comme par hasard, c’est encore une gang de Haïtiens.',
    'Dans le temps, y avait pas de musulmans pis on barrait pas nos portes.',
    'Les musulmans nés ici restent des étrangers, point.',
  ],
  [],
);
