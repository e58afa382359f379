/**
 * Scenarios, OpenFisca style: a situation, then the expected outcome and the rules that must (or
 * must not) appear. Written as people really write (accents or none, capitals, emoji, anglicisms).
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate, type Incoming, type Role, type Situation } from '../../../src/engine/index.ts';

const r = (incoming: Incoming, text: string, author: Role = 'communications', account: 'city' | 'service' | 'personal' = 'city'): Situation => ({
  kind: 'reply', incoming, author, account, text,
});

type Outcome = 'allowed' | 'not-allowed' | 'not-covered';
const scenarios: Array<[string, Situation, Outcome, string[], string[]?]> = [
  // [name, situation, outcome, rules that must appear, rules that must not appear]
  ['City event on the City account', { kind: 'publish', author: 'communications', account: 'city', content: 'city-event' }, 'allowed', []],
  ['Recognised organisation’s event: at the City’s discretion', { kind: 'publish', author: 'communications', account: 'city', content: 'recognized-org-event' }, 'allowed', ['recognized-org-event']],
  ['Non-partner event', { kind: 'publish', author: 'communications', account: 'city', content: 'non-partner-event' }, 'not-allowed', ['non-partner-event']],
  ['City press release', { kind: 'publish', author: 'communications', account: 'city', content: 'city-press-release' }, 'allowed', ['city-press-release']],
  ['Job offer', { kind: 'publish', author: 'communications', account: 'city', content: 'job-offer' }, 'allowed', ['official-notices']],
  ['Public notice', { kind: 'publish', author: 'communications', account: 'service', content: 'public-notice' }, 'allowed', ['official-notices']],
  ['City ad', { kind: 'publish', author: 'communications', account: 'city', content: 'city-ad' }, 'allowed', []],
  ['Third-party ad', { kind: 'publish', author: 'communications', account: 'city', content: 'third-party-ad' }, 'not-allowed', ['third-party-ad']],
  ['Opinion on the City account', { kind: 'publish', author: 'communications', account: 'city', content: 'opinion' }, 'not-allowed', ['city-only-information']],
  ['Police emergency info on its own account', { kind: 'publish', author: 'police', account: 'service', content: 'emergency-info' }, 'allowed', ['public-safety-services'], ['publication-authority']],
  ['Fire awareness campaign on its own account', { kind: 'publish', author: 'fire', account: 'service', content: 'awareness-campaign' }, 'allowed', ['public-safety-services']],
  ['Police on the City account', { kind: 'publish', author: 'police', account: 'city', content: 'emergency-info' }, 'not-allowed', ['publication-authority']],
  ['Department on the City account', { kind: 'publish', author: 'department', account: 'city', content: 'city-event' }, 'not-allowed', ['publication-authority']],
  ['Employee shares an official post', { kind: 'publish', author: 'employee', account: 'personal', content: 'share-official' }, 'allowed', ['personal-share-official']],
  ['Elected shares an official post', { kind: 'publish', author: 'elected', account: 'personal', content: 'share-official', text: 'Fier de cette annonce! 🎉' }, 'allowed', ['personal-share-official']],
  ['Elected personal opinion: the policy is silent', { kind: 'publish', author: 'elected', account: 'personal', content: 'opinion', text: 'Selon moi, le projet est bon.' }, 'not-covered', ['policy-silent']],
  ['Elected speaks in the City’s name', { kind: 'publish', author: 'elected', account: 'personal', content: 'opinion', text: 'Au nom de la Ville, je vous annonce la fermeture du pont.' }, 'not-allowed', ['elected-city-voice']],
  ['Employee relays a third-party ad on a personal account', { kind: 'publish', author: 'employee', account: 'personal', content: 'third-party-ad' }, 'not-covered', ['policy-silent']],
  ['Employee insults on personal account', { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text: 'Le conseil est une gang d’épais.' }, 'allowed', ['appropriate-personal-use']],
  ['English on a personal account is not governed by 3.2', { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text: 'I think the bridge is great.' }, 'allowed', [], ['french-language']],
  ['English post on the City account', { kind: 'publish', author: 'communications', account: 'city', content: 'city-event', text: 'Join us for the winter festival this Saturday!' }, 'not-allowed', ['french-language']],
  ['Account approved', { kind: 'create-account', requester: 'department', dgApproved: true }, 'allowed', ['account-creation-approved']],
  ['Account not approved', { kind: 'create-account', requester: 'communications', dgApproved: false }, 'not-allowed', ['account-creation']],
  ['Complaint, redirected without accents', r('complaint', 'bonjour, svp faire votre plainte sur le site web ou au 311 merci'), 'allowed', []],
  ['Complaint, crew promised', r('complaint', 'Merci! Les cols bleus vont passer demain 👍'), 'not-allowed', ['complaint-handled-in-thread']],
  ['Request, address asked', r('request', 'Pouvez-vous nous donner votre adresse exacte?'), 'not-allowed', ['complaint-handled-in-thread']],
  ['Request, nothing useful', r('request', 'Merci pour votre message!'), 'allowed', ['complaint-redirect']],
  ['Complaint, negated handling then redirect', r('complaint', 'Nous ne traitons pas les plaintes ici, mais n’hésitez pas à appeler le 311.'), 'allowed', [], ['complaint-handled-in-thread', 'complaint-redirect']],
  ['Media request, correct redirect', r('media-request', 'Bonjour! Merci d’écrire à nos relations médias par courriel.'), 'allowed', []],
  ['Media request, partial answer', r('media-request', 'Écrivez aux relations médias. Le pont rouvre lundi.'), 'not-allowed', ['media-answer']],
  ['Emergency report, reminder and 911', r('emergency-report', 'Les médias sociaux ne sont pas un service d’urgence : composez le 911.'), 'allowed', []],
  ['Emergency report, no reminder', r('emergency-report', 'Merci de nous avertir, soyez prudents!'), 'allowed', ['emergency-not-service']],
  ['Emergency report, passed on in the thread', r('emergency-report', 'Merci, on transmet aux pompiers!'), 'not-allowed', ['emergency-routine'], ['emergency-not-service']],
  ['Emergency report, deferred to Monday, after hours: no « after hours » note', { kind: 'reply', incoming: 'emergency-report', author: 'communications', account: 'city', text: 'Merci, on regarde ça lundi', when: 'weekend' }, 'not-allowed', ['emergency-routine'], ['after-hours']],
  ['Complaint: a promise beside the 311 is still handled in the thread', r('complaint', 'Vous pouvez appeler le 311 si vous voulez, mais on a déjà envoyé quelqu’un.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['Media request: a referral alone is right', r('media-request', 'Je vous invite à joindre nos relations médias par courriel ou par téléphone. Elles vous répondront rapidement.'), 'allowed', [], ['media-answer', 'media-redirect']],
  ['Media request: an answer before the referral', r('media-request', 'Oui, le directeur part à la retraite en mars; pour une entrevue, voyez les relations médias.'), 'not-allowed', ['media-answer']],
  ['Elected official insults on a personal account: to correct, not « silent »', { kind: 'publish', author: 'elected', account: 'personal', content: 'opinion', text: 'Ce citoyen est un imbécile.' }, 'allowed', ['appropriate-personal-use'], ['policy-silent']],
  ['Employee announces an unpublished decision', { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text: '40 postes vont être coupés, ce n’est pas encore annoncé.' }, 'not-allowed', ['personal-city-voice'], ['personal-opinion']],
  ['Partisan content on the City account', { kind: 'publish', author: 'communications', account: 'city', content: 'public-notice', text: 'Votez pour notre maire aux prochaines élections' }, 'not-allowed', ['city-partisan-content']],
  ['Needs validation, definitive answer', r('needs-validation', 'Oui, la piscine ouvre le 20 juin.'), 'allowed', ['temporary-reply']],
  ['Needs validation, temporary reply', r('needs-validation', 'Merci, votre question a bien été prise en compte. Nous vous reviendrons dès que possible.'), 'allowed', [], ['temporary-reply']],
  ['After hours', { kind: 'reply', incoming: 'question', author: 'communications', account: 'city', text: 'Bonjour, c’est ouvert demain.', when: 'weekend' }, 'allowed', ['after-hours']],
  ['During an emergency', { kind: 'reply', incoming: 'question', author: 'communications', account: 'city', text: 'Merci!', emergencyOngoing: true }, 'allowed', ['emergency-priority']],
  ['Disrespectful comment, calm reply', r('disrespectful', 'Nous comprenons votre frustration. Pour un signalement, composez le 311.'), 'allowed', ['disrespectful-comment'], ['respectful-language']],
  ['Sacre without accents', r('comment', 'calice que c’est long'), 'not-allowed', ['respectful-language']],
  ['Softened sacre', r('question', 'Tabarouette! La collecte est mardi.'), 'allowed', ['professional-tone']],
  ['Shouting', r('question', 'LA PISCINE EST FERMÉE AUJOURD’HUI'), 'allowed', ['shouting']],
  ['Acronyms are not shouting', r('question', 'Le SPVM et la SQ: voir le PDF sur le site.'), 'allowed', [], ['shouting']],
  ['Threat', r('comment', 'Vous allez le regretter.'), 'not-allowed', ['respectful-language']],
  ['Department replies on the City account', r('question', 'La piscine ouvre à 13 h.', 'department'), 'not-allowed', ['publication-authority']],
  ['Fire replies on its own account', r('question', 'Oui, la caserne est ouverte samedi.', 'fire', 'service'), 'allowed', ['public-safety-services']],
  ['Employee on personal account: « je travaille à la Ville »', { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text: 'Je travaille à la Ville et je pense que c’est une bonne idée.' }, 'allowed', ['personal-opinion']],
  ['Complaint, follow-up promised', r('complaint', 'Merci, je vais faire un suivi avec les travaux publics.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['Request, private message asked', r('request', 'Écrivez-nous en privé svp'), 'not-allowed', ['complaint-handled-in-thread']],
  ['Complaint, 3-1-1 written with hyphens', r('complaint', 'Désolé! Composez le 3-1-1, ils vont prendre votre demande.'), 'allowed', [], ['complaint-redirect']],
  ['Contempt: « vous êtes ridicules »', r('comment', 'Franchement, vous êtes ridicules.'), 'not-allowed', ['respectful-language', 'professional-tone']],
  ['Hate with a softened sacre', r('comment', 'Ces maudits immigrés!'), 'not-allowed', ['respectful-language']],
  ['Media request, redirect with phone and e-mail', r('media-request', 'Bonjour, veuillez contacter le Service des communications au 819 372-4621 ou à communications@v3r.net.'), 'allowed', []],
  ['Fire posts a third-party ad on its own account', { kind: 'publish', author: 'fire', account: 'service', content: 'third-party-ad' }, 'not-allowed', ['third-party-ad'], ['publication-authority']],
];

describe.each(scenarios)('%s', (_name, situation, outcome, must, mustNot = []) => {
  it(`is ${outcome}`, () => {
    const verdict = evaluate(situation);
    expect(verdict.outcome, JSON.stringify(verdict.findings, null, 1)).toBe(outcome);
    const ids = verdict.findings.map((f) => f.rule);
    for (const id of must) expect(ids).toContain(id);
    for (const id of mustNot) expect(ids).not.toContain(id);
  });
});

const incoming: Array<[string, Incoming]> = [
  ['Bonjour, ici CHLN 106,9. Le maire peut-il nous parler du budget?', 'media-request'],
  ['Journaliste au Nouvelliste, j’aimerais une entrevue avec le maire au sujet du pont.', 'media-request'],
  ['Pour un reportage de Radio-Canada : combien coûtera le nouvel aréna?', 'media-request'],
  ['Y’a le feu chez mon voisin!!! 🔥', 'emergency-report'],
  ['Fuite de gaz sur la rue Royale, ça sent fort', 'emergency-report'],
  ['Accident au coin de Des Forges, un blessé', 'emergency-report'],
  ['Le feu de circulation est brisé au coin de la rue Laviolette', 'complaint'],
  ['Est-ce que les feux d’artifice sont ce soir?', 'question'],
  ['Ma rue n’a toujours pas été déneigée depuis 3 jours, c’est inacceptable!', 'complaint'],
  ['Pouvez-vous venir ramasser mon divan?', 'request'],
  ['J’aimerais un nouveau bac brun svp', 'request'],
  ['Gang de caves, vous êtes des incompétents tabarnak', 'disrespectful'],
  // Disrespect comes before the complaint (3.2 first); the complaint stays a runner-up.
  ['Ma rue est pas déneigée, gang d’incompétents tabarnak', 'disrespectful'],
  ['Quand est-ce que la piscine va ouvrir?', 'needs-validation'],
  ['Le festival est-il annulé?', 'needs-validation'],
  ['À quelle heure ouvre la bibliothèque?', 'question'],
  ['Bravo pour les décorations de Noël! 🎄', 'comment'],
  ['', 'comment'],
  ['😊😊😊', 'comment'],
  ['Quand est-ce que les travaux sur la rue Royale vont finir?', 'needs-validation'],
  ['Le 311 ne répond jamais, c’est n’importe quoi', 'complaint'],
  // Not an emergency (past); whether the house will be demolished is a future decision (3.3).
  ['Il y a eu un incendie l’an dernier sur ma rue, est-ce que la maison sera démolie?', 'needs-validation'],
  ['Est-ce que la piscine Lambert va rouvrir cet été? On entend toutes sortes de rumeurs.', 'needs-validation'],
  ['Combien a coûté le nouveau Colisée exactement?', 'needs-validation'],
  ['Quelle heure ouvre l’écocentre samedi?', 'question'],
];

describe('classifyIncoming', () => {
  it.each(incoming)('%s → %s', (text, expected) => {
    expect(classifyIncoming(text)).toBe(expected);
  });
});
