/**
 * What is said of a group, round 5, by class: distrust of any member (« on peut pas croire un … »), worth and
 * rights denied with nouns of life and rights (« leurs vies n'ont pas d'importance », « les droits ne devraient pas
 * s'appliquer aux … »), people handled like animals (« en cage », « chez le vétérinaire », « en laisse »), and
 * people equated with vermin or waste (« aucune différence entre un rat pis un … »). {G}/{g}: a group in the plural,
 * {U}/{u}: one member (« un Haïtien ») standing for all. Each class has clean counterparts with the same words.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups: Array<[string, string]> = [['les immigrés', 'un immigré'], ['les musulmanes', 'une musulmane'], ['les Haïtiens', 'un Haïtien'], ['les autochtones', 'un autochtone']];
const put = (frame: string, [plural, one]: [string, string]): string =>
  fill(frame, plural).replaceAll('{U}', one.charAt(0).toUpperCase() + one.slice(1)).replaceAll('{u}', one).replaceAll('à les', 'aux').replaceAll('de les', 'des');

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'distrust of any member': {
    hateful: ['On peut pas croire {u}.', 'Faut jamais faire confiance à un mot d’{u}.', 'Ne jamais faire confiance à {u}.', 'On peut jamais croire ce que dit {u}.', 'Je croirais jamais {u}.', 'Croyez jamais {g}.', 'Impossible de faire confiance à {g}.', 'Je ferais jamais confiance à {u}.', 'On peut pas se fier à {g}.', 'Faut pas se fier à {u}.', 'Faut pas croire ce que racontent {g}.', 'Je crois jamais un mot de ce que disent {g}.'],
    clean: ['On peut pas croire tout ce qu’on lit sur Facebook.', 'Je crois pas que les travaux vont finir cet été.', 'Je n’arrive pas à croire que {g} attendent encore leurs papiers.', 'Faites confiance à {g}, ils connaissent leur quartier.', 'On ne peut jamais faire confiance à la météo.', 'On peut pas se fier aux prévisions pour demain.', 'C’est faux de dire qu’on peut pas faire confiance à {g}.', 'Je fais confiance à {g} qui travaillent à la Ville.'],
  },
  'worth and rights denied with nouns of life and rights': {
    hateful: ['Les vies de {g} n’ont pas d’importance.', 'Les vies de {g} ne valent rien.', 'Les droits de la personne ne devraient pas s’appliquer à {g}.', 'Les droits humains s’appliquent pas à {g}.', '{G} ne méritent pas de droits.', '{G} méritent aucun droit.', '{G} devraient pas avoir de droits.', 'On devrait enlever tous leurs droits à {g}.', 'Faudrait retirer le droit de vote à {g}.'],
    clean: ['Les vies de {g} comptent.', 'Les droits de la personne s’appliquent à tous, y compris à {g}.', 'Les droits de la personne ne s’appliquent pas seulement aux citoyens.', '{G} ont des droits comme tout le monde.', 'Les frais de retard n’ont pas d’importance.', 'Ça n’a pas d’importance, c’est gratuit.', 'On ne devrait pas enlever leurs droits à {g}.', 'Il faut pas retirer le droit de vote à {g}.', 'On ne devrait pas enlever leurs droits aux locataires.', 'La vie de {u} n’est pas facile.'],
  },
};

describe('what is said of a group, round 5, is an error and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of hateful) {
        const text = put(frame, group);
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

describe('the same words about things, roles, or negated, are no error', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of clean) {
        const text = put(frame, group);
        it(`${name}: ${text}`, () => expect(errors(text)).toEqual([]));
      }
    }
  }
});
