/**
 * Who a hateful or degrading statement can be about: people named by a shared identity (origin,
 * nationality, ethnicity, religion, gender, sexual orientation, gender identity, disability, age,
 * social condition) or by where they live or work. Folded words (lowercase, no accents), as
 * patterns (see patterns.ts): `+` adds plural and feminine forms.
 *
 * Naming a group is never a problem in itself (« les immigrants sont les bienvenus », « les aînés
 * ont droit à un rabais »): a finding needs what is said of the group (lexicon-predicates.ts).
 * Slurs are the exception: the word alone is hate.
 */

/** One-word and multi-word names of groups. */
/**
 * A people's own houses of worship, named to stand for the people who pray there (« Pas de mosquée icitte. Jamais. »,
 * « encore une synagogue… »); churches are the town's heritage and are not in it. Read by exclusion.ts, question.ts, hint.ts.
 */
export const peopleWorship: readonly string[] = ['+mosquee', '+synagogue', '+minaret', '+gurdwara'];
/** Religious dress that stands for the people who wear it (« trop de turbans icitte ? », « un voile à la caisse »). */
export const religiousDress: readonly string[] = ['+voile', '+hijab', '+niqab', '+burqa', '+burka', '+tchador', '+turban', '+kippa', '+kirpan'];

export const groups = [
  // Origin, nationality, ethnicity.
  '+immigre', '+immigrant', '+migrant', '+emigre', '+refugie', '+demandeur d\'|de +asile', '+etranger', '+clandestin', '+sans-papier',
  '+arabe', '+beur', '+noir', '+black', '+blanc', '+clando', '+feuj', '+muslim', '+juif', '+africain', '+maghrebin', '+algerien', '+marocain', '+tunisien', '+senegalais', '+malien',
  '+haitien', '+mexicain', '+latino', '+hispanique', '+asiatique', '+chinois', '+japonais', '+vietnamien', '+indien', '+pakistanais',
  '+syrien', '+afghan', '+libanais', '+turc', '+iranien', '+russe', '+ukrainien', '+roumain', '+polonais', '+portugais', '+italien',
  '+americain', '+anglais', '+anglo', '+anglophone', '+francophone', '+allophone', '+francais', '+gaulois', '+quebecois', '+canadien', '+europeen',
  '+autochtone', '+amerindien', '+inuit', '+metis', 'premieres nations', '+rom', '+gitan', '+tzigane', 'gens du voyage', '+bohemien',
  '+grec', '+espagnol', '+allemand', '+belge', '+irlandais', '+hongrois', '+bulgare', '+serbe', '+croate', '+albanais', '+tchetchene', '+egyptien', '+ethiopien', '+somalien', '+congolais', '+camerounais', '+ivoirien', '+nigerian', '+rwandais', '+guineen', '+jamaicain', '+peruvien', '+chilien', '+argentin', '+bolivien', '+guatemalteque', '+salvadorien', '+hondurien', '+cambodgien', '+laotien', '+indonesien', '+bangladais', '+tamoul', '+nepalais', '+tibetain', '+ouighour', '+palestinien', '+israelien', '+irakien', '+saoudien', '+yemenite', '+jordanien', '+armenien', '+tcheque', '+slovaque', '+moldave', '+bielorusse', '+sri-lankais',
  '+kurde', '+berbere', '+kabyle', '+antillais', '+caribeen', '+colombien', '+bresilien', '+cubain', '+venezuelien', '+philippin', '+coreen',
  // The First Nations of Québec by name (the Atikamekw live in the Mauricie), and people named by a colour or by racism.
  '+innu', 'atikamekw|atikamekws|attikamek|attikameks', '+mohawk', '+huron', '+wendat', '+abenakis', '+abenaquis', '+algonquin', '+anishinabe', 'micmac|micmacs|mi\'kmaq', '+naskapi',
  '+ontarien', '+albertain', '+acadien', '+racise', 'personnes|gens de couleur', 'minorites visibles',
  // Workers and students named by their status (session 11: the names our own writers used that the list lacked).
  '+travailleur +etranger|temporaire', '+etudiant +etranger|international',
  // Religion.
  '+musulman', '+islamiste', '+chretien', '+catholique', '+protestant', '+evangelique', '+hindou', '+sikh', '+bouddhiste', '+athee',
  'islam|judaisme|christianisme|catholicisme|hindouisme|bouddhisme|sikhisme', 'gauchisme|wokisme|feminisme|communisme|transidentite|homosexualite', '+croyant', '+mormon', '+temoin de jehovah', '+israelite', '+chiite', '+sunnite', '+salafiste', '+voile', '+hassidique', '+hassid', '+orthodoxe', '+juif orthodoxe', '+mennonite', '+amish',
  // Gender, sexual orientation, gender identity.
  '+femme', '+homme', '+fille', '+gars', '+feministe', '+gai', 'gay|gays', '+homo', '+lesbienne', '+homosexuel', '+bisexuel', '+bi', 'lgbt|lgbtq|lgbtq+|lgbtqia',
  '+queer', '+trans', '+transgenre', '+transsexuel', '+non-binaire', '+nonbinaire', '+travesti', '+drag queen', '+pede',
  // Disability, health.
  '+handicape', '+handi', '+personne +handicapee', '+personne en situation de handicap', '+autiste', '+trisomique', '+aveugle', '+sourd', '+paraplegique',
  '+obese', '+anorexique', '+schizophrene', '+bipolaire', '+depressif', '+diabetique', '+infirme', '+deficient',
  '+malvoyant', '+malentendant', '+personne +malvoyante|malentendante|autiste|sourde|aveugle', '+personne en fauteuil roulant', '+personne avec|ayant un|une handicap|deficience',
  // Age.
  '+vieux', '+vieille', '+aine', '+personne +agee', '+retraite', '+jeune', '+ado', '+adolescent', '+boomer', '+baby-boomer', '+millenial', '+millennial',
  // Social condition.
  '+pauvre', '+assiste social|sociaux', '+assiste', 'bs|bses|bss', '+mere monoparentale', '+itinerant', '+sans-abri', 'sans abri', 'sdf', '+chomeur', '+mendiant', '+queteux',
  '+prestataire', '+beneficiaire de l\'|l aide sociale', '+drogue', '+toxicomane', '+junkie', '+prostitue', '+travailleuse du sexe', '+ex-detenu', '+riche',
  '+famille monoparentale', '+pere monoparental', 'cas sociaux', '+personne en situation d\'|de itinerance', '+locataire de|des hlm', 'gens|monde|personnes sur le bs|bien-etre', 'gens|monde|personnes sur l\'|l aide sociale', 'gens|monde en fauteuil roulant',
];

/**
 * People named by where they live or work, or by a role (« les fonctionnaires », « les cyclistes »): groups
 * too, but complaints about a role (« imposent leurs règles », « coûtent une fortune ») are not hate.
 */
export const placeGroups = [
  '+fonctionnaire', '+col bleu|bleus', 'cols bleus|blancs', '+col blanc', '+elu', '+politicien', '+conseiller municipaux?', '+conseiller', '+syndique',
  '+employe', '+employe municipal|municipaux', '+employe de la ville', '+policier', '+flic', '+pompier', '+enseignant', '+prof', '+professeur', '+infirmier',
  '+medecin', '+preposee', '+chauffeur', '+camionneur', '+cycliste', '+automobiliste', '+touriste', '+locataire', '+proprietaire', '+agriculteur',
  '+banlieusard', '+campagnard', '+regionaux', '+montrealais', '+trifluvien', '+madelinois', '+capien', '+shawiniganais', '+cap-madelinois',
  '+resident', '+citoyen', '+habitant', '+etudiant', 'gens|monde|ceux|celles', 'gens d\'|de ici|icitte|la-bas|ailleurs|la ville|la campagne|la region|l\'est|l\'ouest|en ville',
];

/**
 * Slurs: a word whose use is hate, whatever is said around it (French and Québec, verlan
 * included). Ambiguous words (« raton », « bridé », « macaque ») are not here: they are slurs only
 * when said of a group (see the predicates) or in fixed frames.
 */
export const slurs = [
  '+negre', '+negresse', '+negro', 'negros', '+renoi', '+rebeu', '+reubeu', '+beurette', '+bougnoule', '+bougnoul', '+bicot', '+crouille',
  '+youpin', '+youtre', '+youde', '+feujette', '+chinetoque', '+chintok', '+chinetok', '+niakoue', '+noich', '+bamboula',
  '+fif', '+feluette', '+tantouze', '+tarlouze', '+tafiole', '+pd', '+pede', '+gouine', '+travelo',
  '+sauvagesse', '+bloke', '+tete carree', 'tetes carrees', 'tete|tetes de serviette|serviettes|torchon|torchons', '+sous-race', '+sous-homme', '+mongolien', '+triso',
  '+attarde mental', '+retarde mental', 'ching chong', 'sale|salle|sales race|races', 'sous race|races', 'race|races de boue|+chien|+batard', 'race de +batard|+chien|+porc|+rat|+singe', '+romanichel', '+crouillat', '+babtou', '+niafou', '+kahlouche', '+bledard', 'julf|julfs', '+asiat', 'attardax', '+mongolito', 'romanos',
];

/** Words before a group name that make it a whole group (« les », « ces », « tous les », « nos »). */
export const determiners = ['tout', 'toute', 'chaque', 'les', 'des', 'ces', 'tous', 'toutes', 'nos', 'vos', 'leurs', 'mes', 'tes', 'ses', 'aux', 'ceux', 'certains', 'certaines', 'plusieurs', 'beaucoup', 'trop', 'la', 'le', 'l\'', 'une', 'un', 'ce', 'cette', 'cet', 'votre', 'notre', 'ton', 'ta'];

/** Pronouns that can take up a group already named (« ils », « eux », Québec « y »). */
export const pronouns = ['ils', 'elles', 'eux', 'y', 'yz', 'ca', 'cela', 'c\'', 'ce', 'sa', 'ceux', 'celles',
  // « ceux-ci », « ces derniers »: taking up the last group named.
  'ci', 'derniers', 'dernieres',
  // « mais la plupart sont des … »: most of the group just named is still the group.
  'plupart'];

/** Slurs that are also ordinary verbs: not after a reflexive pronoun (« il s'attarde sur… »). */
export const reflexiveSlurs = ['+attarde', 'attardee|attardees'];

/** Slurs that are also a first name or an ordinary adjective or participle (« Fatma Benali », « la situation a
 *  dégénéré », « les animaux sauvages »): slurs only as nouns, right after a determiner (« cette fatma », « les
 *  dégénérées », « les sauvages » said of the First Nations; « comme des sauvages » is a manner, see hate.ts). */
export const determinedSlurs = ['+fatma', '+degenere', 'sauvages'];
export const slurDeterminers = ['un', 'une', 'la', 'le', 'l\'', 'les', 'des', 'ces', 'cette', 'ce', 'cet', 'de', 'd\'', 'sale', 'sales', 'espece', 'bande', 'gang', 'ta', 'ton', 'tes', 'vos', 'votre'];

/** Slurs that are also ordinary nouns, and the words around them that give the ordinary sense:
 *  « une tapette à mouches », « l'empire mongol », « le barbecue mongol ». */
export const ambiguousSlurs = ['+tapette', '+mongol'];
export const ordinaryNext = ['a', 'de', 'd', 'du', 'des', 'pour'];
export const ordinaryBefore = ['yourte', 'yourtes', 'mongolie', 'empire', 'barbecue', 'bbq', 'steppe', 'steppes', 'peuple', 'cheval', 'chevaux', 'cuisine', 'restaurant', 'art', 'langue', 'histoire', 'tribu', 'tribus', 'armee', 'armees', 'conquete', 'invasion', 'invasions'];

/**
 * Age groups, as folded words. What is said of the young or the old is often an excuse, banter or a rule debated (« normal,
 * c'est des jeunes », « devinez qui a gagné au bingo? les aînés! », « les ados devraient pas avoir accès aux réseaux »):
 * cause.ts, hint.ts and exclusion.ts leave them out.
 */
export const AGE_WORDS: ReadonlySet<string> = new Set(['jeune', 'jeunes', 'ado', 'ados', 'adolescent', 'adolescents', 'adolescente', 'adolescentes', 'enfant', 'enfants', 'aine', 'aines', 'ainee', 'ainees', 'retraite', 'retraites', 'vieux', 'vieille', 'vieilles', 'boomer', 'boomers', 'mineur', 'mineurs']);

/**
 * Pejorative labels for a person's politics or beliefs: contempt (a warning), an error when
 * insulted further (« sale gauchiste »). Also read as groups like those of placeGroups (groups.ts), not identities (no hint,
 * cause or learned doubt reads them), so that what is said of them as a whole is read (« les fachos sont de la vermine »).
 */
export const labels = [
  '+gauchiste', '+islamo-gauchiste', '+islamogauchiste', '+judeo-gauchiste', 'facho|fachos|fachiste|fachistes', '+droitard', '+gaucho', '+sjw', '+complotiste',
  '+wokiste', '+woke', '+feminazi', '+nazillon', '+neonazi', '+collabo', '+gauchiasse', '+droitiste', '+islamo', '+mange-marde', '+bien-pensant',
  '+mondialiste', '+cassos', '+plouc', '+pequenaud', '+bouseux',
];

/** People named without a group (« sale type », « sale fils de… »): an insult after « sale ». */
export const persons = ['+fils', '+race', '+type', '+mec', '+meuf', '+fille', '+gars', '+gosse', '+bonhomme', '+vieux', '+vieille', '+richou', '+riche', '+bourge', '+thon', '+chien', '+chienne', '+porc', '+bete', '+individu', '+personnage', '+raciste', '+traitre', '+menteur', '+inculte', '+bouffon', '+bouffonne', '+con', '+conne', '+pute', '+batard', '+voleur', '+hypocrite', '+lache', '+cochon', '+rat', '+singe', '+vache', '+truie', '+garce', '+salope', '+enfoire', '+ordure'];

/** Replacement-theory words: hate when used (a warning: news reports them too). */
export const replacement = ['faux|fausses +refugie|+migrant|+demandeur|+requerant', '+islamisation', '+africanisation', 'grand remplacement', '+remigration', '+invasion migratoire|arabe|musulmane|africaine|etrangere|islamique', '+invasion arabo musulmane'];
