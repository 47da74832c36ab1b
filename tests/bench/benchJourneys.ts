// The journeys the tap bench walks, as a resident would: every tap named by the control it hits
// (its visible text is read from the screen and tapped by that), and whether it opens the next
// screen. Each round is a new visit, so each confirm is the first submit of its visit.
import type { Page } from '@playwright/test';
import { tapByText } from './pageTiming.js';

export interface TapSample {
  /** The control tapped, e.g. "confirm-submit". */
  readonly control: string;
  readonly ms: number;
}

export type Step = readonly [testId: string, navigates: boolean];

const digits = (value: string): Step[] => [...value].map((digit) => [`digit-${digit}`, false]);

/** Ask for help by phone up to the confirmation: category, "something else", phrases, urgency,
 *  phone, name, place. */
export const askByPhoneToConfirm: readonly Step[] = [
  ['journey-askForHelp', true],
  ['category-basic-living', true],
  ['need-other', true],
  ['phrase-brokenAtHome', false],
  ['phrase-hardToMove', false],
  ['describe-next', true],
  ['urgency-urgent', true],
  ['card-fallback', true],
  ...digits('13800138000'),
  ['phone-next', true],
  ['surname-chen', false],
  ['honorific-ms', true],
  ['location-kiosk', true],
];

const askByPhone: Step[] = [...askByPhoneToConfirm, ['confirm-submit', true], ['done', true]];

/** Check a request: the menu, the ticket pad, back home. */
const checkMenu: Step[] = [
  ['journey-checkRequest', true],
  ['check-by-digits', true],
  ['nav-back', true],
  ['nav-home', true],
];

/** The contact screen and the emergency screen, and home again. */
const contactAndEmergency: Step[] = [
  ['journey-contactCentre', true],
  ['nav-home', true],
  ['journey-emergency', true],
  ['nav-home', true],
];

export const journeyRound: readonly Step[] = [...askByPhone, ...checkMenu, ...contactAndEmergency];

/** Walks one round of every journey; returns the screen-changing taps with their times. */
export async function walkJourneys(page: Page): Promise<TapSample[]> {
  const samples: TapSample[] = [];
  for (const [control, navigates] of journeyRound) {
    const ms = await tapByText(page, control, navigates);
    if (ms !== null) samples.push({ control, ms });
  }
  return samples;
}
