/**
 * Ordinary sentences that share words with hate or threats: each class is read by a general
 * mechanism (a victim must be a person, a place after « descendre », a preposition instead of an
 * object, « vieux » as an adjective, a state said bare after « sont », a caller who is a person,
 * the group as the agent, nobody called on or the harm prevented). Each clean sentence has a
 * hateful twin in the same words that stays an error.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const classes: Record<string, { clean: string[]; hateful: string[] }> = {
  'a victim must be a person or a group': {
    clean: ['Il faudrait brûler les feuilles mortes.', 'On devrait brûler les branches mortes au printemps.', 'Il faut tuer les heures pendant l’attente.'],
    hateful: ['Il faudrait brûler les immigrants.', 'Il faudrait tous les brûler, ces immigrants.'],
  },
  'a pronoun taking up a thing named before it': {
    clean: ['On va ramasser les feuilles et les brûler.', 'Les branches, on va les brûler demain.', 'On va prendre les gâteaux et les couper.'],
    hateful: ['Les immigrants, on va les brûler.', 'On devrait prendre ces gens-là et les pendre.'],
  },
  'people moved to a place': {
    clean: ['Il faudrait descendre les enfants au sous-sol pendant l’alerte.', 'On devrait descendre les aînés au rez-de-chaussée pendant les travaux.'],
    hateful: ['Il faudrait descendre les immigrants.'],
  },
  'a preposition instead of an object': {
    clean: ['Ils devraient frapper à la porte des aînés.', 'Vous devriez frapper au bureau des immigrants avant d’entrer.'],
    hateful: ['Ils devraient frapper les aînés.'],
  },
  '« vieux » before a noun is an adjective': {
    clean: ['Je vais abattre ce vieux chêne.', 'On devrait tuer ce vieux projet.', 'Il faudrait abattre ce vieux hangar.'],
    hateful: ['Je vais abattre ce vieux-là.'],
  },
  'a participle that folds to a degrading noun (« menacés » / « menaces »)': {
    clean: ['Les aînés sont menacés par la chaleur cette semaine.', 'Les immigrants sont menacés d’expulsion.', 'Les femmes sont menacées de harcèlement en ligne.'],
    hateful: ['Les immigrants sont une menace.', 'Les musulmans sont des menaces pour notre société.'],
  },
  'a state said bare after « sont »': {
    clean: ['Les aînés sont malades cet hiver, faites attention.', 'Les immigrants sont souvent pauvres à leur arrivée.', 'Les aînés sont fragiles quand il fait froid.', 'Les aînés sont tous malades à la résidence.'],
    hateful: ['Les immigrants sont des malades.', 'Les immigrants sont tous des malades.'],
  },
  '« ce » before a noun is its determiner, not « ce sont »': {
    clean: ['Ce virus pourrait tuer des aînés cet hiver.', 'Ce cancer touche surtout les femmes.', 'Cette peste a tué des milliers de paysans.'],
    hateful: ['Ce sont des parasites, ces immigrés.', 'Ce parasite d’immigré.'],
  },
  'the caller must be a person': {
    clean: ['La chaleur devrait tuer des aînés cet été.', 'La grippe pourrait tuer des aînés.', 'La tempête pourrait tuer des immigrants en mer.'],
    hateful: ['On devrait tuer des immigrants.', 'La police devrait tuer les immigrants.'],
  },
  'the group as the agent of an active verb': {
    clean: ['Les immigrants devraient éliminer leurs dettes.', 'Les aînés devraient éliminer le sucre de leur diète.'],
    hateful: ['Il faudrait éliminer les immigrants.'],
  },
  'nobody called on, the harm prevented or denounced': {
    clean: ['Personne devrait tuer les immigrants.', 'On doit empêcher que les immigrants se fassent tabasser.', 'Je dénonce ceux qui veulent abattre les réfugiés.', 'Il faut éviter que les aînés se fassent frapper.'],
    hateful: ['Tout le monde devrait tuer les immigrants.'],
  },
};

describe('ordinary senses are not hate or threats; their hateful twins are', () => {
  for (const [name, { clean, hateful }] of Object.entries(classes)) {
    for (const text of clean) {
      it(`${name} — clean: ${text}`, () => {
        expect(errors(text).map((f) => f.rule)).not.toContain('respectful-language');
        expect(classifyIncoming(text)).not.toBe('disrespectful');
      });
    }
    for (const text of hateful) {
      it(`${name} — hateful: ${text}`, () => {
        expect(errors(text).length).toBeGreaterThan(0);
        expect(classifyIncoming(text)).toBe('disrespectful');
      });
    }
  }
});
