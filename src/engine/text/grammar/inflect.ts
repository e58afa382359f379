/**
 * Inflected forms of a lexicon word, generated once at module load: a noun or adjective's plural
 * and feminine, a verb's present, past participle, imperfect, future and conditional. The grammar
 * matches a text word when its folded form is one of these forms, or when its lemma equals the
 * lemma of one of them (so a better lemmatiser only widens what matches, never narrows it).
 *
 * Generation, not guessing: only real forms of the words we list are produced, so an ordinary word
 * of the text can never be cut down into a lexicon word.
 */

/** Plural and feminine forms of a folded noun or adjective (« parasite », « immigre », « paresseux »). */
export function nounForms(w: string): string[] {
  const out = [w];
  const add = (base: string): void => {
    out.push(base);
    if (base.endsWith('al')) out.push(`${base.slice(0, -2)}aux`);
    if (base.endsWith('eau') || base.endsWith('eu')) out.push(`${base}x`);
    else if (!base.endsWith('s') && !base.endsWith('x') && !base.endsWith('z')) out.push(`${base}s`);
  };
  add(w);
  if (w.endsWith('eux')) add(`${w.slice(0, -1)}se`);
  else if (w.endsWith('eur')) {
    add(`${w.slice(0, -1)}se`);
    add(`${w.slice(0, -3)}rice`);
    add(`${w}e`);
  } else if (w.endsWith('if')) add(`${w.slice(0, -1)}ve`);
  else if (w.endsWith('en') || w.endsWith('on') || w.endsWith('el')) add(`${w}${w.at(-1)}e`);
  else if (w.endsWith('er')) add(`${w.slice(0, -2)}ere`);
  else if (w.endsWith('c')) add(`${w}he`);
  else if (!w.endsWith('e')) add(`${w}e`);
  return out;
}

/** Irregular verbs the lexicons use: every form we need, written out. */
const IRREGULAR: Record<string, string> = {
  etre: 'etre suis es est sommes etes sont etait etaient etais sera seront serait seraient serais soit soient ete',
  avoir: 'avoir ai as a avons avez ont avait avaient aura auront aurait auraient aie ait aient eu avais aurai aurais',
  aller: 'aller vais vas va allons allez vont allait allaient ira iront irait iraient irai aille aillent alle',
  faire: 'faire fais fait faisons faites font faisait faisaient fera feront ferait feraient ferai fasse fassent',
  vouloir: 'vouloir veux veut voulons voulez veulent voulait voudrais voudrait voudraient voulu',
  pouvoir: 'pouvoir peux peut pouvons pouvez peuvent pouvait pourrait pourraient pourrais pourra pourront pourrai pourras pourrez pourrons pourrions pouvais pouvaient pu puisse',
  devoir: 'devoir dois doit devons devez doivent devait devaient devrait devraient devrais devra devront du',
  falloir: 'falloir faut faudrait faudra fallait fallu faille',
  mourir: 'mourir meurs meurt mourons mourez meurent mort morte morts mortes mourra mourront mourrait mourraient mourrai mourras meure',
  valoir: 'valoir vaux vaut valent valait valaient vaudra vaudront vaudrait valu',
  servir: 'servir sers sert servent servait serviront servirait servi',
  savoir: 'savoir sais sait savons savez savent savait su saura saurait sauraient saurais',
  vivre: 'vivre vis vit vivons vivez vivent vivait vivaient vecu vivra vivront',
  mettre: 'mettre mets met mettons mettez mettent mis mise mettra mettront mettrait mettrai mettrais mettraient mette',
  foutre: 'foutre fous fout foutons foutez foutent foutu foutus foutra foutrait foutrai foutrais',
  sortir: 'sortir sors sort sortons sortez sortent sorti sortis sortira sortiront',
  repartir: 'repartir repars repart repartons repartez repartent reparti repartis repartira repartiront',
  detruire: 'detruire detruis detruit detruisons detruisez detruisent detruira detruiront detruirait',
  battre: 'battre bats bat battons battez battent battu battue battus battues battait battaient battra battrai battras battrons battrez battront battrait battraient batte battent',
  abattre: 'abattre abats abat abattons abattez abattent abattu abattue abattus abattues abattait abattaient abattra abattrai abattras abattrons abattrez abattront abattrait abattraient abatte',
  // « -oyer » verbs write « -oie » before a silent « e » (« qu'on les noie », « je te noierai »).
  noyer: 'noyer noie noies noient noyons noyez noye noyee noyes noyees noyait noyaient noierai noiera noieras noierons noierez noieront noierait noieraient noyant',
  prendre: 'prendre prends prend prenons prenez prennent pris prise prendra prendrai prendrait',
  comprendre: 'comprendre comprends comprend comprenons comprenez comprennent compris comprendrait comprendraient comprendra',
  dire: 'dire dis dit disons dites disent disait disaient dira diront dirait disant dirai dirais direz dirons diraient',
  lire: 'lire lis lit lisons lisez lisent lu lisait lira',
  ecrire: 'ecrire ecris ecrit ecrite ecrits ecrites ecrivons ecrivez ecrivent ecrivait ecrivaient ecrira ecriront ecrirait ecrivant',
  croire: 'croire crois croit croyons croyez croient cru croyait',
  voir: 'voir vois voit voyons voyez voient vu verra verras verrez verront verrai',
  venir: 'venir viens vient venons venez viennent venu venus viendra viendront',
  haiir: 'hair hais hait haissons haissez haissent hai haie haiis haies haissait haissais haissaient haissions hairai hairas haira hairons hairez hairont hairais hairait hairaient haisse haissant',
  reproduire: 'reproduire reproduis reproduit reproduisent',
  dormir: 'dormir dors dort dormons dormez dorment dormi dormais dormait dormaient dormira dormiront dormirait dormiraient dormant',
  mentir: 'mentir mens ment mentons mentez mentent menti mentais mentait mentaient mentira mentiront mentirait mentiraient',
  sentir: 'sentir sens sent sentent senti sentais sentait sentirai sentira sentiront sentirais sentirait',
  souffrir: 'souffrir souffre souffrent souffert',
  suffire: 'suffire suffit suffira suffirait',
  jeter: 'jeter jette jettes jettent jetons jetez jete jetes jettera jetterait',
  connaitre: 'connaitre connais connait connaissent connu',
};

const ER = ['e', 'es', 'ent', 'ons', 'ez', 'e', 'ee', 'es', 'ees', 'ais', 'ait', 'aient', 'ions', 'iez', 'erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'eraient', 'er', 'ant'];
const IR = ['is', 'it', 'issons', 'issez', 'issent', 'i', 'ie', 'ies', 'issais', 'issait', 'issaient', 'irai', 'iras', 'ira', 'irons', 'irez', 'iront', 'irais', 'irait', 'iraient', 'ir', 'issant', 'isse'];
const AITRE = ['ais', 'ait', 'aissons', 'aissez', 'aissent', 'u', 'us', 'aissait', 'aissaient', 'aitra', 'aitront', 'aitrait', 'aitraient', 'aitre', 'aisse', 'aissant'];
const RE = ['s', 't', '', 'ons', 'ez', 'ent', 'u', 'ue', 'us', 'ues', 'ais', 'ait', 'aient', 'rai', 'ras', 'ra', 'rons', 'rez', 'ront', 'rais', 'rait', 'raient', 're', 'ant'];

const INDRE = ['ins', 'int', 'ignons', 'ignez', 'ignent', 'inte', 'ints', 'intes', 'ignais', 'ignait', 'ignaient', 'indrai', 'indra', 'indront', 'indrait', 'indraient', 'indre', 'ignant'];
/** Participles that are read as prepositions (« pendant les vacances », « durant l'hiver »): never a verb's form here. */
const PREPOSITIONS = new Set(['pendant', 'durant', 'suivant', 'moyennant', 'concernant']);
/** Every form of a folded infinitive (« tuer », « envahir », « pendre »). */
export function verbForms(inf: string): string[] {
  return conjugate(inf).filter((f) => !PREPOSITIONS.has(f));
}
function conjugate(inf: string): string[] {
  const irregular = IRREGULAR[inf === 'hair' ? 'haiir' : inf];
  if (irregular) return irregular.split(' ');
  if (inf.endsWith('er')) {
    const stem = inf.slice(0, -2);
    // « manger » → « mangeons », « lancer » → « lancons » (accents are folded already).
    return ER.map((e) => stem + (stem.endsWith('g') && /^[ao]/.test(e) ? `e${e}` : e));
  }
  if (inf.endsWith('ir')) return IR.map((e) => inf.slice(0, -2) + e);
  // « disparaître », « paraître »: the stem takes « ss » before a vowel (« disparaissent »).
  if (inf.endsWith('aitre')) return AITRE.map((e) => inf.slice(0, -5) + e);
  // « plaindre », « craindre », « peindre »: « -ign- » before a vowel, « -int » in the participle.
  if (inf.endsWith('indre')) return INDRE.map((e) => inf.slice(0, -5) + e);
  if (inf.endsWith('re')) return RE.map((e) => inf.slice(0, -2) + e);
  return [inf];
}
