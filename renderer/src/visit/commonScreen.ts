// The screens that belong to no one journey.
import type { JourneyId } from '../screens/journeys.js';

export type CommonScreen =
  | { name: 'home' }
  | { name: 'emergency' }
  | { name: 'coming-soon'; journey: JourneyId }
  /** Demo mode: the newest receipt as the simulated printer decoded it. */
  | { name: 'receipt-preview' };
