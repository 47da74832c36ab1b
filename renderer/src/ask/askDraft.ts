// What the resident has told "Ask for help" so far. Each screen on the history stack carries its
// own copy of the draft, so Back shows exactly what was there before.
import type {
  AttributeAnswer,
  AttributeQuestion,
  CardHolder,
  CategoryId,
  LocalizedText,
  LocationChoice,
  LocationMode,
  Urgency,
} from '../../../contract/index.js';

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
