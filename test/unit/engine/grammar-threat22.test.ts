/**
 * Round 22 (threat): the speaker's hatred exclaimed (« quel mépris j'ai pour les… », « quelle haine je ressens envers… »)
 * and a wrong done to the speaker promised to be regretted (« tu vas regretter de m'avoir… », « vous allez regretter le
 * jour où… »), each with clean counterparts written the same way. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'hatred exclaimed, a wrong to be regretted (round 22, threat): an error and a disrespectful comment',
  [
    'quel mépris j\'ai pour les itinérants du centre-ville',
    'Quelle haine je ressens envers les immigrants, c\'est pas mêlant',
    'quel dégoût j\'ai pour les Noirs pis je m\'en cache pas',
    'quelle rancune j\'ai contre les Anglais depuis toujours',
    'quel profond mépris j\'ai pour les BS qui font la file',
    'Quelle aversion j\'ai pour les musulmans 🤮',
    'quel mépris j\'ai envers les autistes, ça sert à rien',
    'tu vas regretter de m\'avoir refusé mon permis',
    'Vous allez regretter de m\'avoir barré du groupe, je vous le dis',
    't\'vas regretter de m\'avoir parlé de même mon ti-gars',
    'tu vas regretter amèrement de nous avoir dénoncés',
    'vous allez regretter le jour où vous m\'avez coupé l\'eau',
    'Tu vas regretter le moment où tu m\'as cherché dans ma cour',
    'le déneigeur tu vas regretter de m\'avoir bloqué l\'entrée',
  ],
  [
    'quel mépris ils ont pour les itinérants, ça me fâche',
    'quelle haine on voit contre les immigrants sur Facebook, ça me fait peur',
    'quel mépris j\'ai pour ceux qui insultent les immigrants',
    'quelle haine j\'ai pour le racisme',
    'quel dégoût j\'ai pour les brocolis lol',
    'Quelle aversion j\'ai pour les lundis matins ☕',
    'quel respect j\'ai pour les bénévoles du Centre Le Havre',
    'tu vas regretter de pas être venu au FestiVoix',
    'tu vas pas regretter de m\'avoir écouté, promis',
    't\'as regretté de m\'avoir prêté ton char?',
    'je regrette de t\'avoir crié après, excuse-moi',
    'Vous allez regretter de pas avoir acheté vos billets d\'avance',
    'tu vas regretter le jour où t\'as arrêté de fumer? jamais!',
    'il regrette de m\'avoir vendu sa maison',
    'vous allez regretter l\'été quand la neige va arriver ❄️',
    'tu vas regretter de m\'avoir invitée, je mange comme quatre',
  ],
);
