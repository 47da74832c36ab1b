// Where the resident is, and what they have told the kiosk so far. Each screen on the history
// stack carries its own copy of the draft, so Back shows exactly what was there before.
import type {
  CardHolder,
  CategoryId,
  LocalizedText,
  RequestStatus,
  SubmittedRequest,
  Urgency,
} from '../../../contract/index.js';
import type { JourneyId } from '../screens/journeys.js';

export interface AskDraft {
  category: { id: CategoryId; title: LocalizedText };
  /** null for "something else". */
  need: { id: string; title: LocalizedText; urgentByDefault: boolean } | null;
  description: string;
  urgency: Urgency | null;
  card: CardHolder | null;
  phone: string | null;
  name: string | null;
}

export type Screen =
  | { name: 'home' }
  | { name: 'emergency' }
  | { name: 'coming-soon'; journey: JourneyId }
  | { name: 'ask-category' }
  | { name: 'ask-need'; category: AskDraft['category'] }
  | { name: 'ask-describe'; draft: AskDraft }
  | { name: 'ask-urgency'; draft: AskDraft }
  | { name: 'ask-who'; draft: AskDraft }
  | { name: 'ask-phone'; draft: AskDraft }
  | { name: 'ask-name'; draft: AskDraft }
  | { name: 'ask-confirm'; draft: AskDraft }
  | { name: 'ask-result'; result: SubmittedRequest }
  | { name: 'check-menu' }
  | { name: 'check-ticket' }
  | { name: 'check-card' }
  | { name: 'check-list'; requests: RequestStatus[] }
  | { name: 'check-status'; status: RequestStatus }
  | { name: 'rate'; status: RequestStatus }
  | { name: 'rated'; stars: number }
  /** Demo mode: the newest receipt as the simulated printer decoded it. */
  | { name: 'receipt-preview' };

/** Screens that end a journey: leaving them forgets the visit. */
export const finishedScreens: ReadonlySet<Screen['name']> = new Set([
  'ask-result',
  'rated',
  'emergency',
]);
