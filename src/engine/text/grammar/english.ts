/**
 * English words mixed into French (code-switching, as on a Trois-Rivières Facebook page: « les autochtones sont
 * trash pareil », « I hate les musulmans », « go back to your country les immigrants »). The grammar reads French
 * words only, so each English evaluative word or short phrase is read as the French words it means in a French
 * sentence; every reading (attributes, dehumanising, emotion, exclusion, harm, threats) then applies to it as it
 * does to French, with its targets, negation and counter-speech. Only words said of people carry a reading: « le show
 * était trash », « ça kill » name no people and stay clean. The text's tokens are not changed (copies, spans kept);
 * the French-language (franglais) rule reads the tokens, not this stream.
 */
import { lemma } from '../lemma.ts';
import type { Token } from '../tokens.ts';

/**
 * English → folded French, « en=fr » pairs separated by « ; » (several English spellings share one gloss with « , »).
 * « hate » alone is not glossed: folded, it is French « hâte » (« j'ai hâte de… »). Not glossed on purpose either: « sick » alone (Québec franglais for great: « le show était sick »), « nice », « enjoy »,
 * « job », « i » alone (joual « i » is « il »), « so » alone (« so on y va »).
 */
const TABLE =
  // Degrading attributes: what « sont … » says of a people.
  'lazy=paresseux;dirty,filthy=sales;stupid,dumb,retarded=stupides;useless=inutiles;worthless=bons a rien;' +
  'disgusting,disgusted,gross,nasty=degoutants;creepy=louches;ugly=laids;pathetic=pathetiques;' +
  // Dehumanising nouns: people called refuse, vermin or beasts; freeloaders and bums live off others.
  'trash,garbage,rubbish=dechets;scum=racaille;animals=animaux;savages=sauvages;pigs=porcs;vermin=vermine;' +
  'leeches=sangsues;freeloaders,moochers,bums=profiteurs;monkeys,apes=singes;cockroaches,roaches=coquerelles;' +
  'morons=imbeciles;thugs=voyous;criminals=criminels;bunch of=gang de;' +
  // Emotion said by the speaker: hatred, contempt, being fed up with a people.
  'i hate,i fucking hate=je hais;we hate=on hait;i despise=je meprise;despise=meprise;' +
  'i cant stand,i can t stand,i cannot stand=je supporte pas;cant stand,can t stand=supporte pas;' +
  'i m sick of,im sick of,i m tired of,im tired of,i m fed up with=je suis tanne de;sick of,tired of,sick and tired of,fed up with=tanne de;' +
  // Exclusion: sent back, put out, banned.
  'go back=retournez;go home=retournez chez vous;are=sont;they are,they re,theyre=ils sont;go back to your country,go back home,go back where you came from=retournez dans votre pays;' +
  'get out=dehors;deport=deportez;kick out,kick them out,kick em out=dehors;deport them=deportez les;ban=bannir;' +
  // Harm and threats: killing, burning, dying.
  'kill=tuer;kill them all=tuez les tous;burn=bruler;die=crever;' +
  // Left as they are (longer than the word glossed above): tiredness, a ban of a thing.
  'burn out,burnout=burnout;die hard=diehard';

const GLOSS = new Map<string, string>();
for (const pair of TABLE.split(';')) {
  const [en, fr] = pair.split('=') as [string, string];
  for (const e of en.split(',')) GLOSS.set(e, fr);
}
/** Most English words one gloss reads. */
const LONGEST = 6;
/**
 * Intensifiers read as « tellement » only before a glossed attribute (« so disgusting », « really useless »): alone
 * they are ordinary franglais (« so », « really »).
 */
const INTENSIFIERS = new Set(['so', 'very', 'really', 'too', 'fucking']);

/**
 * The words of word tokens i… joined by spaces, apostrophes read as part of the contraction (« can't » → « can t »):
 * at most LONGEST words, so bounded.
 */
function wordsAt(tokens: readonly Token[], i: number): { keys: string[]; ends: number[] } {
  const keys: string[] = [];
  const ends: number[] = [];
  for (let k = i; k < tokens.length && keys.length < LONGEST; k += 1) {
    const t = tokens[k]!;
    if (t.kind === 'word') (keys.push(t.norm), ends.push(k));
    else if (t.norm !== "'" || keys.length === 0) break;
  }
  return { keys, ends };
}

/** True when a word of the text is an English word or phrase opening of the gloss: cheap test before the phrase walk. */
const FIRST = new Set([...GLOSS.keys()].map((k) => k.split(' ')[0]!));

/**
 * The tokens with English evaluative words glossed into French: longest phrase first, each French word a copy of the
 * first English token spanning the phrase. Linear: each token starts at most one bounded phrase walk.
 */
export function glossed(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(FIRST.has(t.norm) || INTENSIFIERS.has(t.norm))) {
      out?.push(t);
      continue;
    }
    const { keys, ends } = wordsAt(tokens, i);
    let n = keys.length;
    let fr: string | undefined;
    for (; n > 0; n -= 1) {
      const k = keys.slice(0, n).join(' ');
      fr = GLOSS.get(k);
      if (fr !== undefined) break;
    }
    // An intensifier before a glossed attribute: « tellement ».
    if (fr === undefined && INTENSIFIERS.has(t.norm) && keys.length > 1 && GLOSS.has(keys[1]!)) (fr = 'tellement'), (n = 1);
    if (fr === undefined || n === 0) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const last = tokens[ends[n - 1]!]!;
    for (const w of fr.split(' ')) out.push({ ...t, end: last.end, nEnd: last.nEnd, norm: w, form: w, lemma: lemma(w) });
    i = ends[n - 1]!;
  }
  return out ?? tokens;
}
