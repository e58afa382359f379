/**
 * The compact scorer (src/engine/text/language.ts) against franc-min on short Québec replies.
 * franc-min is imported here only, never by the engine. franc is given its best chance: only French
 * and English, no minimum length. The scorer must be at least as accurate on this set.
 */
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/engine/text/language.ts';

const replies: Array<[string, 'fr' | 'en']> = [
  ['OK merci!', 'fr'],
  ['Le lien PDF est sur le site.', 'fr'],
  ['Sorry, we are closed on Monday.', 'en'],
  ['Thanks!', 'en'],
  ['Bonne journée 😊', 'fr'],
  ['Bienvenue à tous', 'fr'],
  ['Merci beaucoup pour votre message!', 'fr'],
  ['La collecte est mardi.', 'fr'],
  ['Composez le 311.', 'fr'],
  ['Allo! Le Wi-Fi est gratuit.', 'fr'],
  ['Oui, c’est ouvert jusqu’à 20 h.', 'fr'],
  ['Non, pas cette semaine.', 'fr'],
  ['Voici le lien vers le formulaire.', 'fr'],
  ['Bonne fin de semaine à tous!', 'fr'],
  ['Desole pour le retard', 'fr'],
  ['Merci, on vous revient sous peu.', 'fr'],
  ['Le stationnement est interdit la nuit.', 'fr'],
  ['C’est noté, merci!', 'fr'],
  ['Félicitations aux gagnants!', 'fr'],
  ['svp appelez le 311', 'fr'],
  ['Thank you for your patience.', 'en'],
  ['The pool is open until 8 pm.', 'en'],
  ['Please call 311.', 'en'],
  ['We will get back to you soon.', 'en'],
  ['Hi! The link is in our bio.', 'en'],
  ['Have a nice day!', 'en'],
  ['You can find it on our website.', 'en'],
  ['Yes, it is free.', 'en'],
  ['Check out our new park!', 'en'],
  ['The garbage pickup is on Tuesday.', 'en'],
  ['The parking lot is free every evening after six.', 'en'],
  ['Snow removal starts tonight on your street.', 'en'],
  ['The pool is closed because of the storm.', 'en'],
  ['Un lot de bacs sera livré lundi.', 'fr'],
  ['Le déneigement commence ce soir dans votre rue.', 'fr'],
  ['La piscine est fermée à cause de l’orage.', 'fr'],
  ['Welcome everyone!', 'en'],
  ['No, not this week.', 'en'],
  ['Where is the library?', 'en'],
  ['Bonjour! The office is closed today.', 'en'],
];

const francLanguage = (text: string): 'fr' | 'en' | 'unknown' => {
  const code = franc(text, { only: ['fra', 'eng'], minLength: 1 });
  return code === 'fra' ? 'fr' : code === 'eng' ? 'en' : 'unknown';
};

describe('language detection on short replies', () => {
  const scorer = replies.filter(([t, lang]) => detectLanguage(t) === lang).length;
  const francHits = replies.filter(([t, lang]) => francLanguage(t) === lang).length;

  it('has at least 30 replies, both languages', () => {
    expect(replies.length).toBeGreaterThanOrEqual(30);
  });

  it(`scorer is at least as accurate as franc-min (scorer ${scorer}/${replies.length}, franc-min ${francHits}/${replies.length})`, () => {
    console.info(`language: scorer ${scorer}/${replies.length}, franc-min ${francHits}/${replies.length}`);
    expect(scorer).toBeGreaterThanOrEqual(francHits);
    expect(scorer / replies.length).toBeGreaterThanOrEqual(0.9);
  });

  it('treats technical terms alone as no language', () => {
    for (const t of ['PDF', 'Wi-Fi', 'https://www.v3r.net', 'info@v3r.net', '311', '😊']) expect(detectLanguage(t)).toBe('unknown');
  });
});
