/**
 * Crude sexual remarks about a person and sexist put-downs (3.2: « un langage approprié », « respectueux et professionnel en
 * tout temps »), read on the tokens by classes of words and their grammar, not by phrases:
 * - a crude act on a body part whose owner is named (« je lui boufferais la chatte », « lécher tes fesses »): the owner is a
 *   possessive (« ta », « sa ») or a dative pronoun before the verb (« lui », « te »); a body noun with an ordinary sense (a
 *   cat, a mussel, a tail, a breast) counts only there, and never before « de » (« la queue de castor », « le sein de sa mère »);
 * - a body noun with a crude participle (« des chattes défoncées »);
 * - a crude verb on a person named by an object pronoun after a subject or an auxiliary (« je la baiserais », « il l'a
 *   kennée », « jvais te sucer »): never « le baiser » (a kiss), « la suce » (a pacifier); « fourrer » (Québec) is also « to
 *   cheat », vulgar either way: a question of tone;
 * - a person on all fours under a crude verb (« se faire prendre à quatre pattes »);
 * - women drooled over (« 🤤 », « :bave: ») and women's wits or sports sneered at (« l'hystérie féminine », « le niveau de la
 *   femme … est bas », « un truc de bonne femme »): doubts to check, except the plain vices (« la stupidité féminine ») and the
 *   kitchen order (« retourne à la cuisine »), errors.
 * Linear: one pass over the words, each rule looking a few words around (bounded windows).
 */
import { nounForms, verbForms } from './grammar/inflect.ts';
import type { Doubt } from './grammar/hit.ts';
import type { Token } from './tokens.ts';
import type { DisrespectKind } from './vocabulary.ts';

export interface SexualHit {
  kind: DisrespectKind;
  /** Token indexes [a, b] (b inclusive). */
  a: number;
  b: number;
  doubtful?: Doubt;
}

const setOf = (words: string): Set<string> => new Set(words.split(' '));
const verbs = (list: string, drop = ''): Set<string> => {
  const out = new Set(list.split(' ').flatMap(verbForms));
  for (const d of drop.split(' ')) out.delete(d);
  return out;
};
const nouns = (list: string): Set<string> => new Set(list.split(' ').flatMap(nounForms));

/** Crude acts done to a body part (« tête » is not « téter », « la bouffe » is food only before a determiner). */
const BODY_ACTS = verbs('bouffer manger lecher licher teter sucer peloter tripoter taponner doigter baiser niquer fourrer defoncer mordiller pogner caresser enculer', 'tete tetes tetons');
/** Body parts with an ordinary sense too (a cat, a mussel, a tail, balls, a hole, a breast): crude only as someone's. */
const BODY = nouns('chatte minou moule craque sein boule fesse cul trou queue zizi teton lolo sexe vagin penis graine clito clitoris');
/** Genitals whose crude participle needs no owner (« des chattes baisées »). */
const GENITALS = nouns('chatte minou craque foufoune plotte teuch schneck chagatte');
/** Participles of crude acts. */
const CRUDE_DONE = verbs('baiser defoncer niquer lecher bouffer fourrer enculer ramoner tringler troncher');
/** Crude verbs whose object is a person (« je la baise »). */
const PERSON_ACTS = verbs('baiser sucer niquer ken kenner tringler troncher enculer');
const CHEAT_ACTS = verbs('fourrer');
/** Owners of a body part: second and third person possessives. */
const OWNER_DET = setOf('ta ton tes sa son ses leur leurs votre vos');
const ARTICLE = setOf("la le les l'");
/** A dative or object pronoun that names the owner before the verb (« je lui lèche », « jvais te bouffer »). */
const DATIVE = setOf("lui te t' leur vous me m'");
const OBJECT = setOf("la l' le les te t' me m' vous");
/** What stands before an object pronoun in a clause: a subject, an auxiliary or modal, a negation. */
const BEFORE_OBJECT = setOf("je j' tu t' il elle on nous vous ils elles y a jvais jva jvas vais vas va veux veut voulais voudrais faut faudrait peux peut pourrais doit devrait aller ne n' ben bien donc juste");
/** Subject and clitic in one token (« jte baise »). */
const JOINED = setOf('jte jle jla jvous');
const AUX = setOf("ai as a avons avez ont avait avais aurait aurais eu");
/** Between a verb and its object (« je lui boufferais bien la… »). */
const FILLER = setOf('bien ben donc toute tout juste encore');
const ADJECTIVES = setOf('belle belles beaux beau gros grosse grosses petite petites petit petits jolie jolies joli jolis');
/** A baby, an animal or care in the sentence: a breast, a tail or a behind are theirs (« le bébé lui tète le sein »). */
const CARE = setOf('bebe bebes nourrisson nourrissons enfant enfants allaiter allaitement allaite chat chats chien chiens chiot chaton chatons veau vache cheval medecin infirmiere docteur');
const INFINITE = setOf('des');
const SUCKED = nouns('queue bite graine zizi');
/** Men or bosses « sucés » (« elle suce le DG »). */
const SUCKED_PEOPLE = nouns('gars homme mec boss patron maire directeur conseiller dg chef monde client prof');
/** Marks of drooling over someone. */
const DROOL = new Set(['🤤', '👅']);
/** Women as a class, or a woman by her sex. */
const WOMEN = nouns('femme fille meuf gonzesse nana minette pitoune teen cochonne keyette etudiante');
const WOMAN_PLAIN = nouns('femme fille meuf gonzesse nana');
/** Plain vices said of women's nature (« la stupidité féminine »): errors. */
const VICES = nouns('stupidite betise connerie nullite inferiorite incompetence idiotie imbecillite debilite mechancete hypocrisie paresse fourberie perfidie');
/** Traits a sexist cliché lends women (« l'hystérie féminine », « un caprice de bonne femme »): doubts. */
const CLICHES = nouns('hysterie naivete caprice emotivite jalousie logique sensiblerie chialage pleurnicherie');
const FEMININE = setOf('feminin feminine feminins feminines');
/** Measures of wits (« le niveau de la femme… », « le QI des meufs »). */
const WITS = setOf('niveau qi intelligence cerveau cervelle');
const LOW = setOf('bas basse nul nulle zero faible pitoyable lamentable minable pathetique inexistant ridicule');
/** Sports and games (« le hockey féminin »), and the mockery said of them. */
const SPORTS = nouns('sport foot football soccer hockey basket rugby tennis cyclisme boxe handball volley golf');
const MOCKED = setOf('comique comiques ridicule risible blague joke farce pathetique nul nulle merde marde chiant chiante');
/** Things « de femme » (« un truc de bonne femme »). */
const THINGS = nouns('truc affaire chose job metier');
/** Kitchen orders (« retourne à la cuisine », « restez à vos fourneaux »). */
const SENT = setOf('retourne retournes retournez va vas allez reste restez file filez');
const SENT_ANY = verbs('retourner rester');
const KITCHEN = setOf('cuisine fourneaux chaudrons');
/** A judge of the cliché or a denial in the sentence: counter-speech, not the put-down. */
const JUDGED = setOf('sexiste sexistes sexisme misogyne misogynes misogynie macho cliche cliches prejuge prejuges stereotype stereotypes mythe inacceptable pas jamais plus selon etude sondage');
const SENTENCE_END = setOf('. ! ? …');

/** The sentence of each token (numbered by its ends), and the word tokens' indexes. */
function layout(tokens: readonly Token[]): { sentence: Int32Array; words: number[] } {
  const sentence = new Int32Array(tokens.length);
  const words: number[] = [];
  let n = 0;
  tokens.forEach((t, k) => {
    sentence[k] = n;
    if (t.kind === 'word') words.push(k);
    else if (SENTENCE_END.has(t.norm)) n += 1;
  });
  return { sentence, words };
}

/** « baiser la main, le front » : a kiss, the word's old proper sense. */
const KISSED = nouns('main front joue pied anneau bague sol croix levre');
export function kissing(tokens: readonly Token[], k: number): boolean {
  const det = tokens[k + 1];
  const noun = tokens[k + 2];
  return det?.kind === 'word' && (ARTICLE.has(det.form) || OWNER_DET.has(det.form)) && noun?.kind === 'word' && KISSED.has(noun.form);
}

export function findSexual(tokens: readonly Token[]): SexualHit[] {
  const { sentence, words } = layout(tokens);
  const out: SexualHit[] = [];
  const form = (w: number): string => (w >= 0 && w < words.length ? tokens[words[w]!]!.form : '');
  const same = (w: number, v: number): boolean => w >= 0 && v >= 0 && w < words.length && v < words.length && sentence[words[w]!] === sentence[words[v]!];
  /** True when a word of `set` stands in the sentence of word w (a bounded look: 30 words each side). */
  const inSentence = (w: number, set: ReadonlySet<string>): boolean => {
    for (let v = Math.max(0, w - 30); v < Math.min(words.length, w + 31); v += 1) if (same(v, w) && set.has(form(v))) return true;
    return false;
  };
  const push = (kind: DisrespectKind, a: number, b: number, doubtful?: Doubt): void => {
    out.push({ kind, a: words[a]!, b: words[b]!, ...(doubtful ? { doubtful } : {}) });
  };
  // Drooling: the first drool mark of each sentence that also names women or a body part (« :bave: » is a word between colons).
  const drooled = new Set<number>();
  tokens.forEach((t, k) => {
    if (DROOL.has(t.norm) || (t.form === 'bave' && tokens[k - 1]?.norm === ':' && tokens[k + 1]?.norm === ':')) drooled.add(sentence[k]!);
  });
  for (let w = 0; w < words.length; w += 1) {
    const f = form(w);
    // A crude act on someone's body part: verb (filler) (owner or article) (adjective) noun.
    if (BODY.has(f) && form(w + 1) !== 'de' && form(w + 1) !== "d'") {
      let d = w - 1;
      if (ADJECTIVES.has(form(d))) d -= 1;
      let v = d - 1;
      while (FILLER.has(form(v)) && d - v < 3) v -= 1;
      const det = form(d);
      if (same(v, w) && BODY_ACTS.has(form(v)) && !inSentence(w, CARE)) {
        // The owner: a possessive, or a dative pronoun before the verb (perhaps an auxiliary between).
        const dative = DATIVE.has(form(v - 1)) || (AUX.has(form(v - 1)) && DATIVE.has(form(v - 2)));
        const owned = (OWNER_DET.has(det) && f !== 'moule' && f !== 'moules') || (ARTICLE.has(det) && dative) || (INFINITE.has(det) && SUCKED.has(f) && form(v).startsWith('suc'));
        if (owned) push('profanity', dative && DATIVE.has(form(v - 1)) ? v - 1 : v, w);
      }
    }
    // Genitals and a crude participle (« chattes baisées »), or a crude verb on genitals (« niquer des chattes »).
    if (GENITALS.has(f) && (CRUDE_DONE.has(form(w + 1)) || (same(w - 2, w) && CRUDE_DONE.has(form(w - 2)) && !form(w - 2).startsWith('bouff')))) {
      push('profanity', CRUDE_DONE.has(form(w + 1)) ? w : w - 2, CRUDE_DONE.has(form(w + 1)) ? w + 1 : w);
    }
    // A crude verb on a person named by an object pronoun: (subject | auxiliary) pronoun (auxiliary) verb.
    const person = PERSON_ACTS.has(f) || f === 'ken';
    const cheat = CHEAT_ACTS.has(f);
    if (person || cheat) {
      let p = w - 1;
      if (AUX.has(form(p))) p -= 1;
      const pronoun = form(p);
      const noun = f === 'baiser' || f === 'baisers' || ((f === 'suce' || f === 'suces') && pronoun !== 'te' && pronoun !== "t'");
      const objectFrame = (OBJECT.has(pronoun) && BEFORE_OBJECT.has(form(p - 1)) && same(p - 1, w)) || JOINED.has(pronoun);
      if (objectFrame && !(noun && (pronoun === 'le' || pronoun === 'les' || pronoun === 'la'))) push(cheat ? 'unprofessional' : 'profanity', JOINED.has(pronoun) ? p : p - 1, w);
      // « je me suis fait fourrer », « le garage m'a fourré »: cheated, said in a vulgar word.
      else if (cheat && (form(w - 1) === 'fait' || form(w - 1) === 'faire' || (OBJECT.has(pronoun) && p < w - 1))) push('unprofessional', w - 1, w);
      // « j'ai ken ma… », « elle suce tout le monde », « sucer le DG »: the person after the verb.
      else if (f === 'ken' && AUX.has(form(w - 1)) && (OWNER_DET.has(form(w + 1)) || setOf('ma la une cette des').has(form(w + 1)))) push('profanity', w - 1, w + 1);
      else if (f.startsWith('suc') && ((form(w + 1) === 'tout' && form(w + 2) === 'le' && form(w + 3) === 'monde') || (setOf('le les des ses son ton ta tes').has(form(w + 1)) && SUCKED_PEOPLE.has(form(w + 2)) && form(w + 2) !== 'monde'))) push('profanity', w, w + 2);
    }
    // On all fours under a crude verb (« se faire prendre à quatre pattes », « je vais te mettre à quatre pattes »).
    if (f === 'quatre' && form(w + 1) === 'pattes' && form(w - 1) === 'a' && same(w - 3, w)) {
      const verb = form(w - 2);
      const obj = form(w - 3);
      if ((/^(?:prend|pris|baise|defonc|encul)/.test(verb) && (OBJECT.has(obj) || obj === 'faire' || obj === 'fait')) || (/^(?:mett|mis|met)/.test(verb) && (OBJECT.has(obj) && obj !== 'me' && obj !== "m'"))) push('profanity', w - 3, w + 1);
    }
    // Women drooled over.
    if (drooled.has(sentence[words[w]!]!) && (WOMEN.has(f) || (BODY.has(f) && /^(?:sein|fesse|boule|cul|lolo|teton)/.test(f)))) {
      drooled.delete(sentence[words[w]!]!);
      push('profanity', w, w, 'sexual');
    }
    // A vice or a cliché lent to women: « la stupidité féminine », « un caprice de (bonne) femme ».
    if (VICES.has(f) || CLICHES.has(f)) {
      const bonne = form(w + 2) === 'bonne' ? 1 : 0;
      const fem = FEMININE.has(form(w + 1)) || ((form(w + 1) === 'de' || form(w + 1) === "d'") && WOMAN_PLAIN.has(form(w + 2 + bonne)));
      if (fem && !inSentence(w, JUDGED)) push('hate', w, FEMININE.has(form(w + 1)) ? w + 1 : w + 2 + bonne, VICES.has(f) ? undefined : 'sexual');
    }
    // Women's wits said low: « le niveau (bas) de la femme … », « le QI des meufs est à zéro ».
    if (WITS.has(f)) {
      let low = -1;
      let woman = -1;
      for (let v = w + 1; v < Math.min(words.length, w + 12) && same(v, w); v += 1) {
        if (LOW.has(form(v))) low = v;
        if (woman < 0 && WOMAN_PLAIN.has(form(v)) && setOf("de la des d' une").has(form(v - 1))) woman = v;
      }
      if (low >= 0 && woman >= 0 && !inSentence(w, JUDGED)) push('hate', w, Math.max(low, woman), 'sexual');
    }
    // Women's sport mocked (« le hockey féminin c'est une vraie joke »).
    if (SPORTS.has(f) && FEMININE.has(form(w + 1))) {
      for (let v = w + 2; v < Math.min(words.length, w + 10) && same(v, w); v += 1) {
        if (MOCKED.has(form(v)) && !inSentence(w, JUDGED)) {
          push('hate', w, v, 'sexual');
          break;
        }
      }
    }
    // « c'est un truc de (bonne) femme ».
    if (THINGS.has(f) && form(w + 1) === 'de') {
      const bonne = form(w + 2) === 'bonne' ? 1 : 0;
      const copula = setOf("c' est cest c'etait etait").has(form(w - 2)) || setOf("c' est cest").has(form(w - 3));
      if (WOMAN_PLAIN.has(form(w + 2 + bonne)) && copula && !inSentence(w, JUDGED)) push('hate', w, w + 2 + bonne, 'sexual');
    }
    // The kitchen order: an imperative that ends on the kitchen (« retourne à la cuisine! », « … ma belle »), or women sent there.
    if (KITCHEN.has(f) && setOf('a dans aux au').has(form(w - 1) === 'la' || form(w - 1) === 'ta' || form(w - 1) === 'votre' || form(w - 1) === 'tes' || form(w - 1) === 'vos' ? form(w - 2) : form(w - 1))) {
      const prep = setOf('la ta votre tes vos').has(form(w - 1)) ? w - 2 : w - 1;
      const verb = form(prep - 1);
      const next = words[w + 1];
      const ends = next === undefined || !same(w, w + 1) || setOf('ma madame femme la toi').has(form(w + 1));
      const order = SENT.has(verb) && ends && !setOf('je j il elle on').has(form(prep - 2));
      let women = false;
      for (let v = Math.max(0, w - 12); v < w && !women; v += 1) women = same(v, w) && WOMAN_PLAIN.has(form(v));
      if ((order || (SENT_ANY.has(verb) && women)) && !inSentence(w, JUDGED)) push('hate', prep - 1, w);
    }
  }
  return out;
}
