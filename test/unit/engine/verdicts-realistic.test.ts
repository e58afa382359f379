/**
 * Verdicts on realistic situations, written as the Communications team, employees and elected
 * officials write: what a reply DOES decides (issue 13). Each row: the situation, the outcome, the
 * rules that must appear and those that must not.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Incoming, type Role, type Situation } from '../../../src/engine/index.ts';

const r = (incoming: Incoming, text: string, more: Partial<Extract<Situation, { kind: 'reply' }>> = {}): Situation => ({
  kind: 'reply', incoming, author: 'communications', account: 'city', text, ...more,
});
const mine = (author: Role, text: string): Situation => ({ kind: 'publish', author, account: 'personal', content: 'opinion', text });

type Row = [string, Situation, 'allowed' | 'not-allowed' | 'not-covered', string[], string[]?];
const rows: Row[] = [
  // 3.1.5
  ['redirect only', r('complaint', 'Bonjour M. Gagnon, désolés pour la situation. Pour que votre plainte soit traitée, veuillez la faire via l’application Trois-Rivières 311 ou au 311. Merci!'), 'allowed', [], ['complaint-redirect', 'complaint-handled-in-thread']],
  ['crew notified', r('complaint', 'Merci de votre signalement! On avise l’équipe de déneigement tout de suite.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['transferred', r('complaint', 'Bonjour, nous avons transféré votre commentaire au service concerné.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['busy crews, then 311', r('complaint', 'Désolé pour le délai, les équipes sont débordées avec la tempête. Vous pouvez faire une requête au 311.'), 'allowed', [], ['complaint-handled-in-thread']],
  ['private message and follow-up', r('complaint', 'Bonjour! Pouvez-vous nous écrire en privé avec l’adresse exacte? On va faire le suivi.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['311 beside a crew already sent', r('complaint', 'Vous pouvez appeler le 311 si vous voulez, mais on a déjà envoyé quelqu’un.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['v3r.net', r('complaint', 'Merci! Faites votre requête sur v3r.net, section Requêtes en ligne 👍'), 'allowed', [], ['complaint-redirect']],
  ['the app, casually', r('complaint', 'Allo! C’est pas mal plus rapide par l’appli 311, essayez-la!'), 'allowed', [], ['complaint-redirect']],
  ['a foreman will call', r('complaint', 'Bonjour, nous sommes désolés. Un contremaître communiquera avec vous.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['not here, 311', r('complaint', 'Ce n’est pas ici qu’il faut écrire, faites le 311 svp.'), 'allowed', [], ['complaint-handled-in-thread']],
  ['new bin delivered', r('request', 'Pas de problème, on vous en livre un nouveau cette semaine!'), 'not-allowed', ['complaint-handled-in-thread']],
  ['form in private', r('request', 'Bonjour, je vous envoie le formulaire en privé.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['noted', r('request', 'Merci! Nous prenons note de votre demande.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['service e-mail', r('request', 'Envoyez un courriel au service des loisirs, ils vont vous répondre.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['will talk to the roads crew', r('complaint', 'Je vais en parler à la voirie.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['a follow-up will be done', r('complaint', 'Un suivi sera fait rapidement.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['will try to fix it', r('complaint', 'On va tenter de régler ça aujourd’hui.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['crew notified (passive), one finding', r('complaint', 'Les cols bleus ont été avisés.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['link sent to the person, with the channel', r('request', 'Je vous envoie le lien vers le formulaire en ligne.'), 'allowed', [], ['complaint-handled-in-thread', 'complaint-redirect']],
  ['message passed on to the crew', r('complaint', 'On va faire passer le message aux cols bleus.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['file « suit son cours »', r('complaint', 'Votre dossier suit son cours.'), 'not-allowed', ['complaint-handled-in-thread']],
  ['photo in a comment', r('request', 'Mettez une photo en commentaire svp'), 'not-allowed', ['complaint-handled-in-thread']],
  ['which street exactly', r('complaint', 'Quelle rue exactement?'), 'not-allowed', ['complaint-handled-in-thread']],
  ['address in the online form', r('request', 'Mettez votre adresse dans le formulaire en ligne.'), 'allowed', [], ['complaint-handled-in-thread', 'complaint-redirect']],
  ['nothing useful', r('request', 'Merci pour votre message, bonne journée!'), 'allowed', ['complaint-redirect']],
  // 3.1.6
  ['media: rule and referral', r('media-request', 'Bonjour Mme Roy, nous ne répondons pas aux demandes médias ici. Nos relations médias sont joignables par courriel ou par téléphone.'), 'allowed', [], ['media-answer', 'media-redirect']],
  ['media: answer then referral', r('media-request', 'Bonjour! Oui, le maire sera présent. Pour une entrevue, écrivez aux relations médias.'), 'not-allowed', ['media-answer']],
  ['media: informal referral', r('media-request', 'Salut Marc! Je te réfère à notre relationniste, elle te revient dans la journée.'), 'allowed', [], ['media-answer', 'media-redirect']],
  ['media: date then referral', r('media-request', 'Bonjour, les chiffres seront publiés vendredi. Pour toute question, contactez les relations médias.'), 'not-allowed', ['media-answer']],
  ['media: formal referral that says they will answer', r('media-request', 'Je vous invite à joindre nos relations médias par courriel ou par téléphone. Elles vous répondront rapidement.'), 'allowed', [], ['media-answer', 'media-redirect']],
  ['media: no comment, no referral', r('media-request', 'Bonjour, pas de commentaire.'), 'allowed', ['media-redirect'], ['media-answer']],
  // 3.1 emergency
  ['gas: contacted the gas company', r('emergency-report', 'Merci de nous avoir avertis! Nous avons contacté Énergir.'), 'not-allowed', ['emergency-routine']],
  ['gas: reminder and 911', r('emergency-report', 'Les médias sociaux ne sont pas un service d’urgence : si ça sent le gaz, sortez et faites le 911.'), 'allowed', [], ['emergency-routine', 'emergency-not-service']],
  ['gas: Monday, after hours', r('emergency-report', 'On regarde ça lundi, merci!', { when: 'weekend' }), 'not-allowed', ['emergency-routine'], ['after-hours']],
  ['fire: 311 request', r('emergency-report', 'Faites une requête au 311 svp.'), 'not-allowed', ['emergency-routine']],
  ['drowning: 911 now', r('emergency-report', 'Oh non 😢 Faites le 911 tout de suite!', { when: 'holiday' }), 'allowed', [], ['emergency-routine', 'after-hours']],
  ['wires: crew on its way', r('emergency-report', 'Merci pour le signalement, une équipe d’Hydro est en route.'), 'not-allowed', ['emergency-routine']],
  // 3.3
  ['validate and come back', r('needs-validation', 'Bonne question! On valide avec le service et on vous revient.'), 'allowed', [], ['temporary-reply']],
  ['definite closing', r('needs-validation', 'Oui, la piscine ferme définitivement en septembre.'), 'allowed', ['temporary-reply']],
  ['nothing decided yet', r('needs-validation', 'Rien n’est décidé pour l’instant, on vous tiendra au courant.'), 'allowed', [], ['temporary-reply']],
  ['a denial', r('needs-validation', 'Non, c’est une fausse rumeur.'), 'allowed', ['temporary-reply']],
  ['an answer beside a « we will come back »', r('needs-validation', 'La piscine ouvrira le 15 juin, on vous revient si ça change.'), 'allowed', ['temporary-reply']],
  ['no information yet, follow our page', r('needs-validation', 'Bonjour, nous n’avons pas cette information pour le moment. Suivez notre page pour les mises à jour!'), 'allowed', [], ['temporary-reply']],
  ['passed on to be validated', r('needs-validation', 'Merci de votre intérêt! Nous transmettons votre question au service concerné et vous reviendrons.'), 'allowed', [], ['temporary-reply']],
  ['current schedule stated, with a « we will come back »', r('needs-validation', 'Pour l’instant, la piscine Lambert est ouverte selon l’horaire habituel. Nous vous reviendrons si la situation change.'), 'allowed', ['temporary-reply']],
  ['complaint: « should be fixed by the weekend »', r('complaint', 'Désolé, on est au courant du problème, ça devrait être réglé d’ici la fin de semaine.'), 'not-allowed', ['complaint-handled-in-thread']],
  // 4.1 / 4.3
  ['employee: official notice', mine('employee', 'Avis officiel : la piscine ferme lundi'), 'not-allowed', ['personal-city-voice'], ['personal-opinion']],
  ['elected: on behalf of the council', mine('elected', 'Au nom du conseil, merci aux bénévoles'), 'not-allowed', ['elected-city-voice'], ['policy-silent']],
  ['employee: unpublished cuts', mine('employee', '40 postes vont être coupés, ce n’est pas encore annoncé'), 'not-allowed', ['personal-city-voice']],
  ['employee: stance naming the employer', mine('employee', 'Je travaille à la Ville et honnêtement je trouve que le déneigement est bien fait cette année.'), 'allowed', ['personal-opinion'], ['personal-city-voice']],
  ['elected: political opinion', mine('elected', 'Personnellement, je suis contre ce projet.'), 'not-covered', ['policy-silent']],
  ['elected: sacre and insult', mine('elected', 'Ce citoyen est un crisse de menteur'), 'allowed', ['appropriate-personal-use'], ['policy-silent']],
  ['employee: insult', mine('employee', 'Le conseiller est un imbécile'), 'allowed', ['appropriate-personal-use'], ['personal-opinion']],
  ['employee: on behalf of the City', mine('employee', 'De la part de la Ville, joyeuses Fêtes à tous!'), 'not-allowed', ['personal-city-voice']],
  ['employee: shares the official notice', { kind: 'publish', author: 'employee', account: 'personal', content: 'share-official', text: 'Je partage l’avis officiel de la Ville : collecte reportée à mardi.' }, 'allowed', [], ['personal-city-voice']],
  ['employee: between you and me', mine('employee', 'Entre vous et moi, le pont va fermer tout l’été.'), 'not-allowed', ['personal-city-voice']],
  ['employee: confirms an unannounced closing', mine('employee', 'Je vous confirme que la piscine ne rouvrira pas, c’est décidé.'), 'not-allowed', ['personal-city-voice']],
  ['employee: as spokesperson', mine('employee', 'Comme porte-parole de la Ville, je tiens à préciser que le pont est sécuritaire.'), 'not-allowed', ['personal-city-voice']],
  ['employee: a heading « Officiel »', mine('employee', 'Officiel : la collecte des feuilles commence lundi!'), 'not-allowed', ['personal-city-voice']],
  ['employee: message to citizens', mine('employee', 'Message aux citoyens : la Ville ne tolérera plus les dépôts sauvages.'), 'not-allowed', ['personal-city-voice']],
  ['employee: on behalf of the recreation team', mine('employee', 'Au nom de toute l’équipe des loisirs, merci aux bénévoles!'), 'not-allowed', ['personal-city-voice']],
  ['employee: not sure when it will be announced', mine('employee', 'Je ne sais pas quand ça va être annoncé, j’espère bientôt.'), 'allowed', ['personal-opinion'], ['personal-city-voice']],
  ['complaint: purpose of the channel', r('complaint', 'Pourriez-vous faire un signalement sur le site Web? C’est le meilleur moyen pour qu’une équipe s’en occupe.'), 'allowed', [], ['complaint-handled-in-thread']],
  ['media: instruction to call a named adviser', r('media-request', 'Nous ne pouvons malheureusement pas répondre ici. Contactez Mme Julie Gagnon, conseillère en communication, au 819 372-4621.'), 'allowed', [], ['media-answer']],
  ['emergency: crews on site', r('emergency-report', 'On est au courant, les équipes sont sur place.'), 'not-allowed', ['emergency-routine']],
  ['employee: officially on holiday', mine('employee', 'Officiellement en vacances! 🌴'), 'allowed', ['personal-opinion'], ['personal-city-voice']],
  ['employee: officially retired', mine('employee', 'C’est officiel, je prends ma retraite!'), 'allowed', [], ['personal-city-voice']],
  ['elected: a decision announced under « C’est décidé : »', mine('elected', 'C’est décidé : la Ville retire le projet de tramway.'), 'not-allowed', ['elected-city-voice']],
  ['employee: a decision confirmed under « C’est confirmé : »', mine('employee', 'C’est confirmé : le conseil abolit la taxe sur les piscines.'), 'not-allowed', ['personal-city-voice']],
  ['elected: own plans under « C’est décidé : »', mine('elected', 'C’est décidé : on part en vacances à la fin du mois!'), 'not-covered', ['policy-silent'], ['elected-city-voice']],
  ['elected: where the City’s position can be read', mine('elected', 'La position de la Ville est publiée sur sa page officielle.'), 'not-covered', ['policy-silent'], ['elected-city-voice']],
  ['employee: where the decision is explained', mine('employee', 'La décision du conseil est expliquée sur le site de la Ville.'), 'allowed', [], ['personal-city-voice']],
  ['elected: the City’s position stated', mine('elected', 'La position de la Ville est claire : le projet est retiré.'), 'not-allowed', ['elected-city-voice']],
  ['elected: proud to announce on behalf of the municipal team', mine('elected', 'Fier d’annoncer, au nom de l’équipe municipale, la réfection de la rue Royale!'), 'not-allowed', ['elected-city-voice']],
  // 3.1 content on the City's account
  ['partisan post', { kind: 'publish', author: 'communications', account: 'city', content: 'city-event', text: 'Votez pour notre maire aux prochaines élections' }, 'not-allowed', ['city-partisan-content']],
  ['City event', { kind: 'publish', author: 'communications', account: 'city', content: 'city-event', text: 'Bienvenue à la fête de quartier samedi au parc Martin-Bergeron!' }, 'allowed', [], ['city-partisan-content', 'city-third-party-promotion']],
  ['where to vote', r('question', 'Le bureau de vote le plus proche est à l’école Sainte-Marguerite.'), 'allowed', [], ['city-partisan-content']],
  ['store discount', { kind: 'publish', author: 'communications', account: 'city', content: 'city-ad', text: 'Profitez de 20 % de rabais chez Canadian Tire cette fin de semaine!' }, 'not-allowed', ['city-third-party-promotion']],
];

describe.each(rows)('%s', (_name, situation, outcome, must, mustNot = []) => {
  it(`is ${outcome}`, () => {
    const verdict = evaluate(situation);
    const ids = verdict.findings.map((f) => f.rule);
    expect(verdict.outcome, ids.join(', ')).toBe(outcome);
    for (const id of must) expect(ids).toContain(id);
    for (const id of mustNot) expect(ids).not.toContain(id);
  });
});
