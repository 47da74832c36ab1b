// Assisted entry's confirmation screens, where the resident reads back what staff entered.
import type { AskDraft } from '../ask/askDraft.js';

export type AssistedScreen =
  | { name: 'assisted-confirm'; draft: AskDraft }
  | { name: 'assisted-emergency-phone' }
  | { name: 'assisted-emergency-confirm'; phone: string };
