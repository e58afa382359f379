/**
 * The engine's compact scorer (src/engine/text/language.ts) against two well-kept detectors on short
 * Québec replies and short replies in the languages most often met: franc-min (n-grams, 82
 * languages) and tinyld (n-grams, 64 languages). Both are imported here only, never by the engine,
 * and given their best chance: only the six languages of the set, no minimum length. The scorer
 * must be at least as accurate as each of them (figures in the README, « Détection de la langue »).
 */
import { franc } from 'franc-min';
import { detect } from 'tinyld';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { detectLanguage, findForeign } from '../../../src/engine/text/language.ts';

const evaluateReply = (text: string) => evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text });

type Lang = 'fr' | 'en' | 'es' | 'it' | 'de' | 'pt';

const replies: Array<[string, Lang]> = [
  ['OK merci!', 'fr'],
  ['Le lien PDF est sur le site.', 'fr'],
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
  ['Un lot de bacs sera livré lundi.', 'fr'],
  ['Le déneigement commence ce soir dans votre rue.', 'fr'],
  ['La piscine est fermée à cause de l’orage.', 'fr'],
  ['Ben oui, c’est correct!', 'fr'],
  ['Pas de trouble, on s’en occupe.', 'fr'],
  ['Le lien Zoom est dans l’invitation.', 'fr'],
  ['Ajoutez le hashtag à vos photos.', 'fr'],
  ['Tu peux venir chercher ton bac au garage.', 'fr'],
  ['Sorry, we are closed on Monday.', 'en'],
  ['Thanks!', 'en'],
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
  ['Welcome everyone!', 'en'],
  ['No, not this week.', 'en'],
  ['Where is the library?', 'en'],
  ['Bonjour! The office is closed today.', 'en'],
  ['El parque está abierto todo el verano.', 'es'],
  ['Gracias por su mensaje.', 'es'],
  ['Hola, la piscina está cerrada hoy.', 'es'],
  ['Buenos días a todos!', 'es'],
  ['¿Dónde está la biblioteca?', 'es'],
  ['Muchas gracias por la información.', 'es'],
  ['La recolección de basura es el martes.', 'es'],
  ['Il parco è aperto tutta l’estate.', 'it'],
  ['Grazie per il messaggio!', 'it'],
  ['Buongiorno a tutti.', 'it'],
  ['La piscina è chiusa oggi.', 'it'],
  ['Dove si trova la biblioteca?', 'it'],
  ['Ciao, anche domani è aperto.', 'it'],
  ['Der Park ist den ganzen Sommer geöffnet.', 'de'],
  ['Danke für Ihre Nachricht.', 'de'],
  ['Guten Tag, das Schwimmbad ist heute geschlossen.', 'de'],
  ['Wo ist die Bibliothek?', 'de'],
  ['Vielen Dank und bis morgen.', 'de'],
  ['Ich bin nicht sicher.', 'de'],
  ['Obrigado pela sua mensagem.', 'pt'],
  ['O parque está aberto hoje.', 'pt'],
  ['Bom dia a todos!', 'pt'],
  ['Onde fica a biblioteca?', 'pt'],
  ['Muito obrigada, até amanhã.', 'pt'],
  ['Você pode ligar para a cidade.', 'pt'],
];

const ISO3: Record<string, Lang> = { fra: 'fr', eng: 'en', spa: 'es', ita: 'it', deu: 'de', por: 'pt' };
const francLanguage = (text: string): string => ISO3[franc(text, { only: Object.keys(ISO3), minLength: 1 })] ?? 'unknown';
const tinyldLanguage = (text: string): string => detect(text, { only: ['fr', 'en', 'es', 'it', 'de', 'pt'] }) || 'unknown';

describe('language detection on short replies', () => {
  const score = (f: (t: string) => string): number => replies.filter(([t, lang]) => f(t) === lang).length;
  const own = score(detectLanguage);
  const francHits = score(francLanguage);
  const tinyHits = score(tinyldLanguage);

  it('has at least 60 replies in six languages', () => {
    expect(replies.length).toBeGreaterThanOrEqual(60);
    expect(new Set(replies.map(([, l]) => l)).size).toBe(6);
  });

  it(`scorer is at least as accurate as franc-min and tinyld (scorer ${own}/${replies.length}, franc-min ${francHits}, tinyld ${tinyHits})`, () => {
    console.info(`language: scorer ${own}/${replies.length}, franc-min ${francHits}/${replies.length}, tinyld ${tinyHits}/${replies.length}`);
    expect(own).toBeGreaterThanOrEqual(francHits);
    expect(own).toBeGreaterThanOrEqual(tinyHits);
    expect(own / replies.length).toBeGreaterThanOrEqual(0.9);
  });

  it('treats technical terms alone as no language', () => {
    for (const t of ['PDF', 'Wi-Fi', 'https://www.v3r.net', 'info@v3r.net', '311', '😊', 'Zoom', 'hashtag']) expect(detectLanguage(t)).toBe('unknown');
  });
});

/** Franglais: English words in a French sentence are flagged, technical terms and names are not. */
const franglais: Array<[string, string[]]> = [
  ['Bonne nouvelle, le parc est open tout l’été, enjoy!', ['open', 'enjoy']],
  ['Check le site, see ya!', ['Check', 'see ya']],
  ['La fête était cool, merci à tous.', ['cool']],
  ['Le spectacle est full, désolé.', ['full']],
  ['Merci pour le feedback, on regarde ça.', ['feedback']],
  ['Stay tuned pour la programmation!', ['Stay tuned']],
  ['C’est awesome, bravo aux bénévoles!', ['awesome']],
  ['Bye, bonne journée!', ['Bye']],
  ['OK merci!', []],
  ['Le lien Zoom est dans l’invitation.', []],
  ['Le Wi-Fi est gratuit à la bibliothèque.', []],
  ['Utilisez le hashtag de l’événement.', []],
  ['Le festival Open de tennis commence lundi.', []],
  ['Le parking du Colisée est ouvert.', []],
  ['Le formulaire PDF est en ligne.', []],
  ['Le week-end, la piscine ouvre à 10 h.', []],
  ['La séance est en direct sur Facebook Live.', []],
  ['Le dont vous parlez est au dossier.', []],
  // Any word of the English list, not only the listed franglais: alone, not inside a French compound.
  ['Le party est cancelled ce soir, désolé.', ['party', 'cancelled']],
  ['On se voit next week au parc.', ['next week']],
  ['Le parc est closed jusqu’à lundi.', ['closed']],
  ['Il y a un pool de bénévoles pour la fête.', []],
  ['Les mesures sont prises in situ.', []],
  ['Rendez-vous au week-end de la Saint-Jean.', []],
];

describe('franglais', () => {
  it.each(franglais)('%s', (text, expected) => {
    const words = findForeign(text)
      .filter((s) => s.scope === 'word')
      .map((s) => text.slice(s.start, s.end));
    expect(words).toEqual(expected);
    expect(findForeign(text).filter((s) => s.scope === 'sentence')).toEqual([]);
  });
});

/** A sentence in another language, and in another script. */
const foreignSentences: Array<[string, string]> = [
  ['El parque está abierto todo el verano.', 'es'],
  ['Il parco è aperto tutta l’estate.', 'it'],
  ['Der Park ist den ganzen Sommer geöffnet.', 'de'],
  ['Obrigado pela sua mensagem, a piscina está aberta hoje.', 'pt'],
  ['Парк открыт всё лето.', 'other'],
  ['公园整个夏天都开放。', 'other'],
  ['الحديقة مفتوحة طوال الصيف.', 'other'],
];

describe('sentences in other languages and scripts', () => {
  it.each(foreignSentences)('%s', (text, language) => {
    const [first] = findForeign(`Bonjour. ${text}`);
    expect(first).toMatchObject({ language, scope: 'sentence', confident: true, start: 9 });
  });
  // No word list for these: a Latin letter French never writes is the sign, and no language is named from it.
  it.each([
    'Dziękujemy za wiadomość, sprawdzimy to jutro.',
    'Děkujeme za zprávu, podíváme se na to zítra.',
    'Mulțumim pentru mesaj, verificăm mâine.',
    'Mesajınız için teşekkürler, yarın bakacağız.',
    'Cảm ơn bạn đã nhắn tin cho chúng tôi.',
    'Köszönjük az üzenetét, holnap megnézzük.',
  ])('une phrase dans une langue sans liste : %s', (text) => {
    const [first] = findForeign(`Bonjour. ${text}`);
    expect(first).toMatchObject({ language: 'other', scope: 'sentence', start: 9 });
  });
  it.each(['Merci à Łukasz Nowak pour la photo.', 'Bravo à Søren et à l’équipe du parc.', 'Le café Kültür ouvre lundi.'])(
    'un nom écrit avec ces lettres reste du français : %s',
    (text) => expect(findForeign(text)).toEqual([]),
  );
  it('a name in another script inside French stays French', () => {
    expect(findForeign('Merci à M. 王 pour sa participation.')).toEqual([]);
  });
});

describe('le message du franglais dit un mot ou des mots', () => {
  const messageOf = (text: string): string | undefined =>
    evaluateReply(text).findings.find((f) => f.rule === 'french-language')?.message;
  it.each([
    ['Le parc est closed jusqu’à lundi.', /^Ce mot est en anglais/u],
    ['On se voit next week au parc.', /^Ces mots sont en anglais/u],
  ])('%s', (text, expected) => expect(messageOf(text)).toMatch(expected));
});
