// The finished "Ask for help" draft as the contract's RequestDraft. Only the answers given and
// only the place chosen go in; a need attended at the kiosk's place sends no location at all.
import type { RequestDraft } from '../../../contract/index.js';
import type { AskDraft } from './askDraft.js';

export function toRequestDraft(draft: AskDraft, language: RequestDraft['language']): RequestDraft {
  return {
    category: draft.category.id,
    needId: draft.need?.id ?? null,
    description: draft.description,
    urgency: draft.urgency ?? 'normal',
    contact: {
      ...(draft.card ? { cardToken: draft.card.token } : {}),
      ...(draft.name ? { name: draft.name } : {}),
      ...(draft.phone ? { phone: draft.phone } : {}),
    },
    language,
    attributes: { ...draft.answers },
    ...(draft.platform.location === 'choice' && draft.location ? { location: draft.location } : {}),
  };
}
