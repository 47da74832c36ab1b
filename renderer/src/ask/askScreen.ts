// The screens of "Ask for help", each carrying the draft as it stood when it was opened.
import type { SubmittedRequest } from '../../../contract/index.js';
import type { AskDraft } from './askDraft.js';

export type AskScreen =
  | { name: 'ask-category' }
  | { name: 'ask-need'; category: AskDraft['category'] }
  | { name: 'ask-describe'; draft: AskDraft }
  /** The platform's question at `index` of draft.platform.questions. */
  | { name: 'ask-question'; draft: AskDraft; index: number }
  | { name: 'ask-urgency'; draft: AskDraft }
  | { name: 'ask-who'; draft: AskDraft }
  | { name: 'ask-phone'; draft: AskDraft }
  | { name: 'ask-name'; draft: AskDraft }
  | { name: 'ask-location'; draft: AskDraft }
  | { name: 'ask-confirm'; draft: AskDraft }
  | { name: 'ask-result'; result: SubmittedRequest };
