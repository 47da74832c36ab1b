// The finished "Ask for help" draft as the contract's RequestDraft.
import type { RequestDraft } from '../../../contract/index.js';
import type { AskDraft } from '../visit/screens.js';

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
  };
}
