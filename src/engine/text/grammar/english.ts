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
import { isCommonFrench } from '../language.ts';

/**
 * English → folded French, « en=fr » pairs separated by « ; ». Left out on purpose: « hate » alone (folded, it is French
 * « hâte »: « j'ai hâte de… »), « sick » alone (Québec franglais for great: « le show était sick »), « nice », « enjoy », « job ».
 */
const TABLE =
  // « so » is franglais for « donc » (« so on y va »), and reads like it before an attribute (« sont so dirty »).
  'so=donc;' +
  // Degrading attributes: what « sont … » says of a people.
  'lazy=paresseux;dirty=sales;disgusting=degoutants;stupid=stupides;useless=inutiles;' +
  // Dehumanising nouns: people called refuse, vermin or beasts, or living off others.
  'trash=dechets;scum=racaille;animals=animaux;savages=sauvages;leeches=sangsues;freeloaders=profiteurs;' +
  // Emotion said by the speaker: hatred, being fed up with a people (« I » alone stays: joual « i » is « il »).
  'i hate=je hais;sick of=tanne de;' +
  // Exclusion: sent back (« go » alone is an order to leave only beside a place: « go les boys » stays), put out.
  'go back=retournez;go=retournez;home=chez vous;to your country=chez vous;get out=dehors;' +
  // Harm.
  'kill=tuer';

const GLOSS = new Map(TABLE.split(';').map((pair) => pair.split('=') as [string, string]));
/** The first word of each phrase: a walk starts only there. */
const FIRST = new Set([...GLOSS.keys()].map((k) => k.split(' ')[0]));

/**
 * The tokens with English evaluative words glossed into French: the longest phrase, each French word a copy of the
 * first English token spanning the phrase. Linear: a walk starts only at the first word of a phrase and reads at most five tokens; the text is tested once for a French word.
 */
export function glossed(tokens: readonly Token[]): readonly Token[] {
  // A text in English only is left as it is (« Muslims should go home », an English retort): the engine reads French, and
  // this gloss is for English words mixed into it.
  if (!tokens.some((t) => isCommonFrench(t.norm))) return tokens;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    let fr = '';
    let end = i;
    let key = '';
    for (let k = i; FIRST.has(t.norm) && k < i + 5 && tokens[k]?.kind === 'word'; k += 1) {
      key += (key && ' ') + tokens[k]!.norm;
      if (GLOSS.has(key)) (fr = GLOSS.get(key)!), (end = k);
    }
    if (!fr) out?.push(t);
    else {
      out ??= tokens.slice(0, i);
      const last = tokens[end]!;
      for (const w of fr.split(' ')) out.push({ ...t, end: last.end, nEnd: last.nEnd, norm: w, form: w, lemma: lemma(w) });
      i = end;
    }
  }
  return out ?? tokens;
}
