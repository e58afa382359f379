/**
 * A situation in words, with the engine's labels: « Élu · Compte personnel · publie : Opinion
 * personnelle ». For the rules' structured examples on /regles/.
 */
import { labels, type Situation } from '../../engine/index.ts';

export function describeSituation(s: Situation): string {
  switch (s.kind) {
    case 'publish':
      return `${labels.role[s.author]} · ${labels.account[s.account]} · publie : ${labels.content[s.content]}${s.text ? ` — « ${s.text} »` : ''}`;
    case 'reply': {
      const moment = s.emergencyOngoing ? ' · pendant une mesure d’urgence' : s.when ? ` · ${labels.when[s.when].toLowerCase()}` : '';
      return `${labels.role[s.author]} · ${labels.account[s.account]} · répond à : ${labels.incoming[s.incoming]}${moment}${s.text ? ` — « ${s.text} »` : ''}`;
    }
    case 'create-account':
      return `${labels.role[s.requester]} · demande un nouveau compte · approbation de la Direction générale : ${s.dgApproved ? 'oui' : 'non'}`;
  }
}

/** Like describeSituation, for values that may not be situations at all (the engine's examples of bad input). */
export function describeAny(value: unknown): string {
  try {
    const s = value as Situation;
    if (s && typeof s === 'object' && ['publish', 'reply', 'create-account'].includes(s.kind)) {
      const text = describeSituation(s);
      if (!text.includes('undefined')) return text;
    }
  } catch {
    // fall through: described as incomplete below
  }
  return `Situation incomplète ou non reconnue : ${JSON.stringify(value) ?? 'rien'}`;
}
