/**
 * Round 24 (en24): English words mixed into French (code-switching), read through a gloss into the French words the grammar
 * already reads (english.ts): degrading attributes, dehumanising nouns, emotion, exclusion, harm. Ordinary franglais said of
 * things, praise, negation and counter-speech stay clean. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, errors } from './grammar-helpers.ts';

describeReading(
  'English evaluative words in a French sentence about a people (en24): an error and a disrespectful comment',
  [
    'les musulmans sont tellement dirty',
    'Les Haïtiens sont lazy pis ça paraît',
    'les BS sont full useless',
    'les gitans sont so dirty',
    'les immigrants sont stupid pareil',
    'les autochtones sont des trash',
    'les réfugiés c\'est du trash',
    'les immigrants sont des animals',
    'ces musulmans-là sont des savages',
    'les itinérants sont des leeches',
    'les assistés sociaux sont des freeloaders',
    'les gais sont dégoûtants, really disgusting',
    'i hate les Juifs',
    'I fucking hate les immigrants',
    'tired of les BS qui vivent sur notre dos',
    'sick of les réfugiés',
    'kill les gais',
    'les itinérants, get out',
    'go back to your country les Haïtiens',
    'les immigrants, go home',
    'les Arabes go back home',
  ],
  [
    'le show était sick',
    'c\'est full nice icitte',
    'enjoy votre fin de semaine',
    'nice job les cols bleus',
    'ça kill, ce band-là',
    'c\'est trash ce film-là',
    'ma chambre est dirty, faut que je fasse du ménage',
    'les immigrants c\'est pas des losers',
    'les immigrants sont pas trash',
    'les musulmans sont pas lazy pantoute, ils travaillent fort',
    'arrêtez de dire que les réfugiés sont des leeches',
    'I hate les lundis',
    'I can\'t stand le trafic sur le boulevard',
    'Muslims should go home, said the troll: bloqué.',
    'I\'m sick of la neige',
    'après le party on go home',
    'so on y va demain?',
    'je suis burn out',
    'j\'vais die tellement c\'est drôle',
    'les jeunes are the best',
    'le garbage passe mardi',
    'ban les pétards au Carnaval, c\'est dangereux',
    'go back to bed, il est juste 6h',
    'go les boys!',
    'je work from home demain',
    'les jeunes, go home, le parc ferme à 23 h',
  ],
);

describe('the English words themselves keep no other reading (en24)', () => {
  it('a whole English sentence about a thing stays clean', () => {
    expect(errors('this show was so sick, I hate Mondays')).toEqual([]);
    expect(classifyIncoming('this show was so sick')).not.toBe('disrespectful');
  });
});

// Left out of the gloss to keep the worker within this area's size budget (+0,4 KB gzip): more synonyms, « I'm », « they're »,
// « are », « them all », « ban », « deport », « can't stand ». A gloss entry makes one fail, to say « move it up ».
describeKnownMisses(
  [
    'les Arabes sont des pigs',
    "I can't stand les musulmans",
    'i cant stand les autochtones',
    "I'm sick of les réfugiés",
    'deport les Somaliens',
    'ban les musulmans',
    'kill them all les gais',
    'les immigrants are scum',
    "les Noirs, they're animals",
  ],
  [],
  'English words left out of the gloss (en24; a fix makes these fail: move them up)',
);
