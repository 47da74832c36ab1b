// What a journey registers: its screens, each drawn from the screen's own data and a shared
// context, and where each answer leads. A journey adds its screens here by exporting a
// registration from its own folder (renderer/src/<journey>/screens.tsx) instead of growing one
// switch; journeyRegistry.ts lists the registrations.
import type { ReactNode } from 'react';
import type { AssistedSubmission, CardHolder, KioskInfo } from '../../../contract/index.js';
import type { AssistedVisit } from '../assisted/AssistedContext.js';
import type { EmergencyOutcome } from '../emergency/useEmergency.js';
import type { JourneyId } from '../screens/journeys.js';
import type { JourneyStep } from './journeyStep.js';
import type { Screen } from './screens.js';
import type { Navigation } from './useNavigation.js';

/** Everything a screen may need beyond its own data, gathered once per render of the visit. */
export interface ScreenContext {
  nav: Navigation;
  info: KioskInfo;
  hotline: string;
  demoMode: boolean;
  /** The platform's services are still being fetched: lists say so instead of looking empty. */
  servicesLoading: boolean;
  /** The card read during this visit, if any. */
  card: CardHolder | null;
  onCard: (card: CardHolder) => void;
  emergency: EmergencyOutcome | null;
  /** Ends the visit: home, and nothing of the resident kept. */
  onForget: () => void;
  /** The red button's path (alert the centre, show 110/120/119), offered on a danger result. */
  onEmergency?: () => void;
  /** Demo mode only: show the receipt the simulated printer decoded. */
  showReceipt?: () => void;
  /** The clock the date questions count days from. */
  now: () => Date;
  /** Set while a signed-in staff member enters this visit for a resident. */
  assisted: AssistedVisit | null;
  /** Assisted entry: the resident confirmed the emergency staff entered for them. */
  onAssistedEmergency?: (phone: string, submission: AssistedSubmission) => void;
}

/** One drawing function per screen name, each receiving exactly its own screen's data. */
export type ScreenRenderers<S extends { name: string }> = {
  [K in S['name']]: (screen: Extract<S, { name: K }>, context: ScreenContext) => ReactNode;
};

/** Screens that belong together, e.g. the assisted-entry confirmations, without a home tile. */
export interface ScreenGroup<S extends Screen> {
  screens: ScreenRenderers<S>;
  /** Screens that end a journey: leaving them forgets the visit. */
  finished?: readonly S['name'][];
  /** "第 2 步，共 4 步" for the screens of a multi-step form; null elsewhere. */
  step?: (screen: S) => JourneyStep | null;
}

/** A journey the home screen offers: its tile opens `start`. */
export interface JourneyRegistration<
  S extends Screen,
  Id extends JourneyId = JourneyId,
> extends ScreenGroup<S> {
  /** The home tile it answers; named in the type so the registry can prove every tile has one. */
  id: Id;
  start: S;
}
