/**
 * Hate said as an opinion or a rhetorical question (round 15, area « op »): a verdict on the saying asked
 * (« est-ce raciste de dire que… ? »), a right to say it claimed or asked (« on a-tu encore le droit de dire que… ? »),
 * whether we need more of a people asked with insistence.
 * A counterfactual that supposes a virtue absent (« si les … étaient si travaillants que ça… ») stays a known miss. Written for this round, not copied from the home sets; the clean rows
 * are the same frames on policy, services, a real question, a rebuke or a yes answered.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, warnings } from './grammar-helpers.ts';

const flagged = [
  'Est-ce que c\'est raciste de dire que les Noirs sont plus violents?',
  'C\'est-tu raciste de dire que les Arabes sont des voleurs? je pose juste la question',
  'Est-ce homophobe de dire que les gais sont des malades?',
  'est ce que c\'est raciste de dire que les immigrants sont des profiteurs',
  'C’est tu raciste de dire que les Haïtiens sont paresseux ?? 🤔',
  'On a-tu encore le droit de dire que les musulmans sont dangereux?',
  'A-t-on encore le droit de dire que les Roms sont des voleurs ?',
  'On peut-tu dire que les Africains sont moins intelligents sans se faire traiter de raciste?',
  'On peut plus dire que les immigrants sont des fraudeurs sans se faire insulter',
  'Est-ce qu\'on a vraiment besoin de plus de musulmans à Trois-Rivières?',
  'On a-tu vraiment besoin d\'autres réfugiés icitte?',
  'A-t-on vraiment besoin de plus d\'immigrants au Québec ?',
  'avons nous vraiment besoin de plus de migrants dans nos quartiers',
  'Est-ce qu\'on a vraiment besoin des Haïtiens ici?',
  'Je dis juste que les Noirs sont plus violents',
  'Moi je trouve que les Haïtiens sont pas travaillants',
  'C\'est-tu juste moi qui trouve que les Arabes s\'intègrent pas?',
  'Suis-je le seul à penser que les musulmans sont dangereux ?',
  'À mon humble avis les immigrants sont des profiteurs',
  'Mon opinion c\'est que les Africains sont moins intelligents',
  'C\'est juste mon opinion mais les Roms sont tous des voleurs',
  'J\'ai le droit de penser que les gais sont des malades',
  'Pourquoi on devrait accepter des Afghans qui vivent sur notre dos?',
  'Pourquoi on laisse entrer des migrants qui respectent pas nos lois?',
  'Pourquoi faudrait-il accueillir encore des réfugiés?',
  'À quoi ça sert les Autochtones à part chialer?',
  'Y a-tu un seul immigrant honnête dans cette ville?',
  'Qui voudrait des Roms comme voisins?',
  'Les Arabes sont-ils vraiment des humains?',
  'Combien de temps on va endurer les migrants?',
  'c\'est-tu juste moi ou les immigrants sont tous des fraudeurs',
  'Je me pose la question : les musulmans sont-ils tous des terroristes?',
  // Known misses of round 15 that the learned net (grammar/learned.ts, session 11) now gives a warning to check.
  'je dis ça de même mais si les autochtones travaillaient un peu ils seraient moins pauvres',
  // Known misses the learned net gives a warning once trained on more sentences (session 12).
  'Je dis juste que si les Arabes s\'intégraient comme du monde on aurait moins de problèmes',
  'si les Roms travaillaient comme tout le monde ils vivraient pas dans des roulottes',
];

/** Still missed: counterfactuals that suppose a virtue absent (a frame built, then left out for the size budget), « depuis quand » said of a quality, a doubt answered after, an insistence before a comma. */
const missed = [
  // Read by the learned net alone until session 16; its converged weights (3e-5, line 1) no longer reach it.
  'Honnêtement, on a-tu besoin de plus d\'Africains à Trois-Rivières?',
  'Je dis juste que si les Haïtiens étaient si travaillants que ça, leur pays serait pas de même',
  'Si les Arabes étaient si honnêtes que ça on le saurait',
  'si les immigrants étaient aussi travaillants qu\'on le dit ils auraient des jobs',
  'Si les Africains étaient si intelligents leur continent serait riche',
  'Si les immigrants respectaient nos lois on en parlerait pas',
  'Si les réfugiés se lavaient, les autobus sentiraient moins mauvais',
  'Depuis quand les Haïtiens sont travaillants?',
  'Depuis quand les musulmans respectent les femmes ?',
  // Caught by the learned net of session 11, lost when it was trained again on more sentences (session 12): the
  // doubt is in the second sentence (« j'en doute »), and the net reads one sentence at a time.
  'Est-ce que les Noirs sont capables de travailler honnêtement? j\'en doute',
];

const clean = [
  'C\'est raciste de dire que les Noirs sont plus violents.',
  'Vous trouvez pas que c\'est raciste de dire que les Arabes sont des voleurs?',
  'Dire que les gais sont des malades, c\'est homophobe.',
  'Est-ce que c\'est raciste de dire que les immigrants ont besoin de plus de services?',
  'C\'est-tu raciste de poser des questions sur l\'immigration?',
  'On a-tu le droit de dire que les délais d\'immigration sont trop longs?',
  'A-t-on le droit de dire que la Ville devrait mieux accueillir les réfugiés ?',
  'On peut-tu dire que les Africains ont enrichi notre ville?',
  'On peut dire que les immigrants sont une richesse pour le Québec',
  'Est-ce qu\'on a vraiment besoin d\'un autre stationnement au centre-ville?',
  'On a-tu vraiment besoin de plus de cônes orange sur le boulevard?',
  'A-t-on vraiment besoin de plus de bénévoles pour accueillir les réfugiés ?',
  'Est-ce qu\'on a besoin de plus d\'interprètes pour les immigrants?',
  'On a vraiment besoin de plus de médecins pour les Autochtones.',
  'Si les immigrants avaient accès à des logements, ils resteraient dans la région',
  'Si les réfugiés étaient mieux accueillis, ils s\'intégreraient plus vite',
  'Si les Haïtiens étaient si paresseux, ils travailleraient pas dans nos hôpitaux',
  'Si les Arabes étaient des terroristes, on l\'aurait su depuis longtemps',
  'si les Autochtones avaient eu les mêmes chances ils seraient plus riches',
  'Si la Ville respectait ses citoyens on en parlerait pas',
  'Je dis juste que les immigrants attendent trop longtemps pour un permis',
  'Moi je trouve que les Haïtiens sont travaillants',
  'C\'est-tu juste moi qui trouve que les délais pour les réfugiés sont trop longs?',
  'Suis-je le seul à penser que la Ville devrait accueillir plus de familles syriennes ?',
  'À mon humble avis les immigrants sont une richesse',
  'Mon opinion c\'est que les Africains méritent plus de respect',
  'Je pense que la Ville devrait mieux accueillir les réfugiés',
  'J\'ai le droit de penser que les gais méritent les mêmes droits',
  'Pourquoi les immigrants attendent 6 mois pour un permis?',
  'Pourquoi on n\'accueille pas plus de réfugiés?',
  'Pourquoi la Ville accepte pas plus de demandes des familles immigrantes?',
  'Depuis quand les Haïtiens sont installés à Trois-Rivières?',
  'C\'est normal que des gens traitent les Haïtiens de voleurs?',
  'Tu trouves ça normal que des gens insultent les musulmans au parc?',
  'À quoi sert le programme d\'accueil des réfugiés?',
  'Y a-tu un organisme qui aide les immigrants dans cette ville?',
  'Qui voudrait parrainer une famille de réfugiés?',
  'Combien de temps les migrants attendent-ils un logement?',
  'Est-ce que les Noirs sont plus souvent arrêtés par la police? Oui, selon l\'étude.',
  'Les musulmans sont-ils bien accueillis à Trois-Rivières?',
  'Est-ce que c\'est vrai que les Roms sont des voleurs? Voyons donc, c\'est un préjugé.',
  'Je me pose la question : les musulmans ont-ils un lieu de prière en ville?',
  'Honnêtement, on a-tu besoin de plus de cliniques à Trois-Rivières?',
  'Si les Autochtones étaient si riches que ça, ils vivraient pas dans la pauvreté. Le mythe des cadeaux est faux.',
  'Est-ce qu\'il est raciste de dire que les immigrants ont des accents?',
  'Est-ce que c\'est raciste de dire que les Noirs sont plus violents? Oui, clairement.',
  'On a pas le droit de dire que les Noirs sont plus violents.',
  'Vous avez-tu le droit de dire que les Arabes sont des voleurs?',
  'Personne a le droit de dire que les Roms sont des voleurs',
  'Si les immigrants travaillaient au salaire minimum, ils pourraient pas se loger',
  'Si les réfugiés travaillaient dans nos usines, ils seraient mieux payés qu\'au Québec',
  'Est-ce qu\'on a vraiment besoin de plus de policiers au centre-ville?',
  'On a vraiment besoin de plus d\'immigrants pour remplir les postes.',
  'Si les Roms étaient si riches que ça, ils vivraient pas dans des camps',
  'C\'est-tu raciste de dire que les Noirs sont plus violents? Ben oui, c\'est raciste.',
];

describe('hate said as an opinion or a rhetorical question is flagged (an error or a warning to check)', () => {
  it.each(flagged)('%s', (text) => {
    expect(errors(text).length + warnings(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.fails.each(missed)('known miss (a fix makes this fail: move it up): %s', (text) => {
    expect(errors(text).length + warnings(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(clean)('clean: %s', (text) => expect(errors(text)).toEqual([]));
});
