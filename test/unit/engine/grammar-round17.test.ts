/**
 * Round 17 (session 14): general shapes that the read sets showed missing, each with clean counterparts written the same
 * way. Dying takes no object (« mourir du sida »), a mask over two letters of a people's name, a right denied with
 * « avoir droit à », a role refused in a slogan, death wished on people named by a plural noun, a crash or a sickness
 * wished, the reader's home blown up, « m'a » (joual future), a club brought to a meeting, « plus je vois de …, plus j'ai la
 * haine », spellings by ear (o for au), and insinuation by a guess or a clue (« laissez-moi deviner son pays d'origine »).
 * The second part: a misfortune wished in more words (a fall, a fire, a collapse, choking, a sickness) on someone named by a
 * role, a kin or a pronoun, a people refused work, a home or a service by an order, and hints in more forms (« just asking »,
 * precautions, religious dress as a clue, quotation marks as a wink). Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading, errors, warnings } from './grammar-helpers.ts';

describeReading(
  'general shapes found (round 17): an error and a disrespectful comment',
  [
    'Les musulmans devraient tous mourir du cancer.',
    'Les Roms devraient vraiment mourir du froid cet hiver.',
    'Les j**fs mènent le monde.',
    'Les m*s*lm*ns sont des menteurs.',
    'Les Haïtiens devraient pas avoir droit à l\'aide sociale.',
    'Je prie pour que les musulmans disparaissent.',
    'Je souhaite que tous les quêteux du centre-ville crèvent.',
    'Je vais lui péter les deux jambes, à ce conseiller-là.',
    'M\'a vous faire sauter votre char.',
    'je vais faire sauter ta maison',
    'On va débarquer au conseil avec nos battes, ça va régler le budget.',
    'Plus je vois de Chinois au centre d\'achats, plus j\'ai la haine.',
    'Le prochain qui touche à mon char, je le sors en ambulance.',
    'Maudits sôvages.',
    'T\'es juste une guidoune.',
  ],
  [
    'Les aînés devraient vraiment mourir de rire avec ce spectacle.',
    'Les joueurs vont mourir d\'envie en voyant le nouvel aréna.',
    'Les aînés devraient avoir droit à un meilleur transport.',
    'Je prie pour que les malades guérissent vite.',
    'On va faire sauter votre record cette année!',
    'On va battre les taxes au conseil avec nos pancartes.',
    'Quand je vois des itinérants mourir de froid, j\'ai la haine.',
    'Les femmes mènent le monde du bénévolat à Trois-Rivières.',
    'Le sol est mouillé devant l\'hôtel de ville.',
    'Il m\'a les expliqué hier, les nouveaux horaires.',
    'Le paramédic l\'a sorti en ambulance après l\'accident.',
  ],
);

describeReading(
  'a harm wished on people, a role refused, a misfortune welcomed (round 17): flagged, at least as a warning to check',
  [
    'J\'espère que mes voisins d\'en haut crèvent.',
    'Les BS vont geler dehors cet hiver, pis tant mieux.',
    'Que le maire pogne une bonne maladie, il l\'a pas volé.',
    'J\'espère que le conseiller va se planter en char.',
    'Pas de lesbiennes comme éducatrices à la garderie.',
  ],
  [
    'J\'espère que les joueurs meurent de rire au spectacle.',
    'J\'espère que les fumeurs vont pas mourir trop jeunes.',
    'Il va faire beau demain pis tant mieux.',
    'J\'espère que personne va se planter en char avec la glace.',
    'Pas de jeunes comme sauveteurs cet été, ils manquent de formation.',
    'Le maire a pas volé d\'argent, j\'espère qu\'il va guérir.',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

/** Insinuation by a guess, a clue that stands for a people, a disclaimer, or a word of diversity in quotation marks. */
describeReading(
  'a hint by a guess, a clue or a disclaimer (round 17): flagged as a warning to check',
  [
    'Encore un char volé sur la rue des Forges... laissez-moi deviner la couleur du voleur.',
    'Encore un conducteur qui prend le rond-point à l\'envers, devinez son pays d\'origine 🙄',
    'Une femme comme chef des pompiers, pas étonnant que les camions arrivent en retard.',
    'Sans vouloir être raciste, les Arabes du quartier, faudrait les surveiller.',
    'Le parc est rendu « multiculturel » pis les balançoires sont brisées. Je dis ça, je dis rien.',
  ],
  [
    'Devinez quoi? La couleur du nouveau logo est bleue!',
    'Laissez-moi deviner, vous avez encore oublié la collecte?',
    'Le raciste qui a écrit ça, devinez son origine? Québécoise pure laine, comme d\'habitude.',
    'Pas surprenant que la neige soit pas ramassée, il est tombé 40 cm.',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

/** Counter-speech and denial that the engine read as hate: quoted words taken up by « ça », a belief denied with insistence. */
describe('counter-speech and denials stay clean (round 17)', () => {
  it.each([
    'Dire que les Haïtiens sont des voleurs, c\'est exactement le genre de message qu\'on supprime.',
    'Lire « les musulmans sont tous des terroristes » sur notre page, ça me fait honte.',
    'Je pense pas du tout que les réfugiés soient dangereux.',
    'Je crois vraiment pas que les Autochtones soient paresseux.',
    'Exposition au musée : calices, ciboires et ostensoirs du Régime français.',
    'Les itinérants c\'est pas des paresseux, c\'est souvent du monde malade.',
  ])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
  it.each(['Il disait que les Arabes sont des voleurs, et c\'est exactement ça.', 'Calice, ciboire pis tabarnak!', 'Je pense vraiment que les réfugiés sont dangereux.'])(
    'still an error: %s',
    (text) => expect(errors(text).length).toBeGreaterThan(0),
  );
  it('a doubt around a word of tone keeps the doubt', () => expect(warnings('Les BS vont geler dehors cet hiver, pis franchement tant mieux.').length).toBeGreaterThan(0));
});

describeReading(
  'a people refused work, a home or a service by an order (round 17): an error and a disrespectful comment',
  ['Engagez pas de musulmans à la ville.', 'On devrait pas louer aux Arabes.', 'Coupez les allocations aux réfugiés.', 'Les Roms devraient être chassés des parcs.'],
  ['Coupez pas l\'aide aux réfugiés!', 'Engagez des musulmans à la ville, ils sont qualifiés.', 'Personne devrait refuser un logement à des Haïtiens, c\'est illégal.', 'Refusez l\'entrée aux moins de 18 ans, c\'est le règlement du bar.'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a misfortune wished, in more words (round 17): flagged, at least as a warning to check',
  [
    'J\'espère que le directeur des loisirs se casse une hanche en patinant.',
    'Mon voisin d\'en haut, que son char passe au feu pendant la nuit.',
    'Vivement une bonne grippe au foyer de réfugiés.',
    'J\'ai hâte que la madame du 3e déboule les marches.',
    'Bon débarras si le bloc des Haïtiens s\'écroule.',
    'Ramadan ou pas, j\'espère que les Roms vont tous s\'étouffer avec leur bouffe.',
  ],
  [
    'J\'espère que le directeur des loisirs va se remettre de sa chute.',
    'J\'espère qu\'ils vont brûler les feuilles mortes avant la neige.',
    'J\'ai hâte que le feu d\'artifice commence avec les enfants.',
    'Le feu est pris chez mon voisin, j\'espère qu\'il va s\'en sortir.',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('a fire told beside a hope stays an emergency (round 17)', () => {
  it.each(['J\'espère que les pompiers vont arriver vite, le feu est pris au bloc.', 'J\'espère que mon voisin va bien, le feu est pris chez lui.'])('%s', (text) =>
    expect(classifyIncoming(text)).toBe('emergency-report'),
  );
});

describeReading(
  'hints in more forms (round 17): flagged as a warning to check',
  [
    'Avec tout le respect, un Haïtien comme chef de police, c\'est sérieux?',
    'Festival interculturel samedi? Barrez vos portes.',
    'Le resto vietnamien a ouvert pis y a pus de chats dans le quartier, coïncidence?',
    'Nouvelle employée avec un voile au comptoir des permis, je pose juste la question : elle sert tout le monde pareil?',
    'Un autre vol de vélo, comme de raison c\'est sur la réserve que ça se passe.',
    'Une autre dame en hijab au volant d\'un autobus, attachez vos tuques.',
  ],
  [
    'Simple question : le parc est-tu ouvert aux familles réfugiées samedi?',
    'Le festival interculturel revient samedi, venez en grand nombre!',
    'Non, les femmes ne sont pas « trop émotives » pour siéger au conseil.',
    'Les personnes non binaires peuvent désormais cocher « X » sur le formulaire.',
    'Je dis juste que les réfugiés qu\'on accueille ont vécu l\'enfer, un peu d\'empathie ça coûte rien.',
    'Il neige sur l\'autoroute 40, attachez vos tuques!',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('a party set going is no fire to report (round 17)', () => {
  it('a party', () => expect(classifyIncoming('On va mettre le feu au party ce soir!')).not.toBe('emergency-report'));
  it('a shed set on fire still is', () => expect(classifyIncoming('Quelqu\'un a mis le feu au cabanon, venez vite!')).toBe('emergency-report'));
});
