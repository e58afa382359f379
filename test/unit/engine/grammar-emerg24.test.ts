/**
 * Round 24 (emergencies): a hateful comment whose weapon, fire, accident or fight words speak of a people — a wish
 * (« qu'ils se battent… », « si ça pouvait brûler… », « j'leur souhaite… »), a habit or a hypothesis (« chaque fois
 * qu'y a… », « trois fois », « quand ta maison brûle »), a story told in the imperfect beside a hint, a general
 * statement (« les X avec leurs couteaux sont une menace ») — reports no emergency: it is disrespectful (classify.ts
 * `saidOfPeople`). Clean side: real emergencies that name a people, a weapon or those same shapes, some of them
 * hateful, stay emergencies (a call for help or a « right now » always keeps them). Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, tone } from './grammar-helpers.ts';

const hateful = [
    'les gitans pis leurs couteaux sont toujours un danger tout le monde le sait',
    'Les Roms sont tous des voleurs pis des batailleurs, qu\'ils se battent entre eux ailleurs',
    'Qu\'ils se battent chez eux les Syriens au lieu de venir nous voler nos jobs',
    'que le feu prenne dans leur mosquée pis qu\'on en parle plus de ces musulmans',
    'si ça pouvait brûler leur mosquée à ces musulmans-là personne s\'en plaindrait',
    'Si ça pouvait flamber le campement des Roms on serait ben débarrassés',
    'J\'souhaite aux Arabes que leur bloc brûle au complet',
    'je leur souhaite un accident aux immigrants toute la gang',
    'À chaque fois qu\'y a une bataille au centre-ville devinez c\'est qui, toujours les Noirs',
    'Toutes les fois qu\'on entend parler d\'un couteau c\'est un Somalien, pure coïncidence',
    'Des pompières? Quand ton bloc brûle tu veux pas une femme qui pleure, les femmes ont rien à faire là',
    'Quand ta maison va brûler tu vas être content d\'avoir un pompier blanc pis pas un immigrant',
    'Accident sur Laviolette à matin, le chauffeur était haïtien. Je vous laisse deviner la suite',
    'Encore un accident sur la 40, la conductrice était chinoise, comme par hasard',
    'les musulmans sont tous des terroristes avec leurs couteaux pis leurs bombes',
    'Les Mexicains pis leurs armes sont un fléau, tout le monde le sait',
    'mon sous-sol a été inondé trois fois pis la ville aide juste les immigrants ces parasites-là',
    'les Tamouls se battent deux fois par semaine dans le parc, c\'est des sauvages',
    'Ces maudits Arabes avec leurs poignards sont toutes des bêtes',
    'Les Algériens sont toujours des batailleurs avec leurs couteaux, des vrais animaux',
    'Que leurs taudis brûlent toute la gang de BS pis qu\'on en entende pu parler',
    'J\'leur souhaite une bonne noyade aux migrants dans leur bateau',
    'Quand ton char va se faire voler tu vas comprendre c\'est qui les criminels, les Africains c\'est toute des voleurs',
    'Encore un accident sur Saint-Maurice, le gars au volant était indien, on le sait ben qu\'y savent pas chauffer',
    'Qu\'ils se noient dans leur fleuve les migrants, on en veut pas icitte',
    'Ces Arabes-là pis leurs bombes sont juste des sauvages',
];

const emergencies = [
    'Un homme avec un couteau menace des jeunes devant le dépanneur',
    'Le bloc des Haïtiens sur Bellefeuille est en feu, appelez le 911',
    'une femme voilée est tombée sur la glace, elle saigne',
    'y a un gars avec un fusil dans le stationnement du Walmart, il crie après le monde',
    'Deux Africains se battent devant le bar sur des Forges, y en a un qui saigne',
    'Le feu est pris au temple sikh sur la rue Papineau, y a de la boucane partout',
    'La mosquée du boulevard est en feu, y a encore du monde dedans',
    'un vieux monsieur chinois est tombé dans la rivière au parc Pie-XII il se noie',
    'Accident sur la 55, un camion a frappé une minivan, la conductrice est coincée',
    'Les jeunes du bloc sont en train de se battre avec des couteaux dans la cour',
    'Ça sent le gaz dans tout le bloc des immigrants sur Saint-Maurice, les gens sont encore dedans',
    'Y a un homme armé devant l\'école primaire, les profs ont barré les portes',
    'Un homme autochtone est inconscient sur le trottoir devant le Tim, il respire pu',
    'mon chum respire pu, il est étendu dans le salon',
    // Hateful and an emergency, told without a call word: the emergency still wins (a plea, a state of danger).
    'Il y a un homme blessé devant le dépanneur, s\'il vous plaît envoyez quelqu\'un, maudits immigrants',
    'Les enfants sont dans l\'auto en feu sur la 40, maudits immigrants',
    'Le char était en feu sur la 40, maudits immigrants qui conduisent mal',
    'La conductrice était coincée dans son char, maudite Chinoise',
    'La maison des voisins haïtiens brûle, les enfants sont encore en haut',
    'Mon voisin musulman a fait une crise cardiaque dans son entrée, venez vite',
    'Quelqu\'un a poignardé un jeune devant la polyvalente, il perd beaucoup de sang',
    'L\'eau monte dans le sous-sol de l\'église évangélique, les fils électriques sont dans l\'eau',
    'Chaque fois que je passe là ça sent le gaz pis là c\'est pire que jamais, ça sent partout dans la rue',
    'Quand je suis arrivé la maison était en feu pis mon père est encore dedans, appelez les pompiers',
    'S\'il vous plaît aidez-nous, une femme s\'est fait attaquer au couteau sur Royale, elle saigne',
    'Une gang de gars tabasse un Noir en arrière du dépanneur, vite la police',
    'Un chauffeur d\'autobus s\'est effondré au volant, les passagers sont coincés',
    'Les pompiers sont pas encore arrivés. Le feu est rendu au toit du bloc des Haïtiens',
    'Le camion a explosé devant le garage, y a des blessés',
    'Ces maudits bougons ont mis le feu au cabanon du voisin, ça brûle en ce moment, appelez le 911',
    'Un osti d\'immigrant avec un couteau menace ma fille devant le dépanneur, appelez la police',
];

describe('a hateful comment that reports no emergency (round 24): disrespectful, not an emergency', () => {
  it.each(hateful)('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('a real emergency that names a people or a weapon (round 24): still an emergency', () => {
  it.each(emergencies)('%s', (text) => {
    expect(classifyIncoming(text)).toBe('emergency-report');
  });
});
