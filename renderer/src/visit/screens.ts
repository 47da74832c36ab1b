// Where the resident is, and what they have told the kiosk so far. Each screen on the history
// stack carries its own copy of the draft, so Back shows exactly what was there before.
import type {
  AttributeAnswer,
  AttributeQuestion,
  CardHolder,
  CategoryId,
  LocalizedText,
  LocationChoice,
  LocationMode,
  RequestStatus,
  SubmittedRequest,
  Urgency,
} from '../../../contract/index.js';
import type { RequestKey } from '../check/requestKey.js';
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
  /** What the centre's platform asks for this need (Catalog), fixed when the need is chosen. */
  platform: AskPlatform;
  /** The platform's questions answered so far, by code; a skipped question has no entry. */
  answers: Record<string, AttributeAnswer>;
  /** Where to attend, once chosen on the location screen (only when platform.location is 'choice'). */
  location: LocationChoice | null;
}

export interface AskPlatform {
  location: LocationMode;
  questions: AttributeQuestion[];
}

export type Screen =
  | { name: 'home' }
  | { name: 'emergency' }
  | { name: 'coming-soon'; journey: JourneyId }
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
  | { name: 'ask-result'; result: SubmittedRequest }
  | { name: 'check-menu' }
  | { name: 'check-ticket' }
  | { name: 'check-card' }
  | { name: 'check-list'; requests: RequestStatus[]; cardToken: string }
  /** requestKey: what opened it (RequestKey), shown again to print a slip or to rate. */
  | { name: 'check-status'; status: RequestStatus; requestKey: RequestKey }
  /** A typed ticket's stage is on screen; the phone's last four digits open the rest. */
  | { name: 'check-unlock'; requestKey: RequestKey }
  | { name: 'rate'; status: RequestStatus; requestKey: RequestKey }
  | { name: 'rated'; stars: number }
  /** Demo mode: the newest receipt as the simulated printer decoded it. */
  | { name: 'receipt-preview' }
  /** Assisted entry (renderer/src/assisted): the resident confirms before anything is sent. */
  | { name: 'assisted-confirm'; draft: AskDraft }
  | { name: 'assisted-emergency-phone' }
  | { name: 'assisted-emergency-confirm'; phone: string };

/** Screens that end a journey: leaving them forgets the visit. */
export const finishedScreens: ReadonlySet<Screen['name']> = new Set([
  'ask-result',
  'rated',
  'emergency',
]);
