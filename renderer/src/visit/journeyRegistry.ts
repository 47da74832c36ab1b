// The list of registered journeys and screen groups. Adding a journey is one line here (and its
// screens in the Screen union of screens.ts); its screens, first screen, finished screens and
// step counter come from its own folder.
import type { ReactNode } from 'react';
import { appointmentsJourney } from '../appointments/screens.js';
import { askJourney } from '../ask/screens.js';
import { assistedScreens } from '../assisted/screens.js';
import { checkJourney } from '../check/screens.js';
import { contactJourney } from '../contact/screens.js';
import type { JourneyId } from '../screens/journeys.js';
import { surveyJourney } from '../survey/screens.js';
import { voteScreens } from '../vote/screens.js';
import { takeNumberJourney } from '../takeNumber/screens.js';
import { commonScreens } from './commonScreens.js';
import type { JourneyStep } from './journeyStep.js';
import type { JourneyRegistration, ScreenContext, ScreenGroup } from './screenRegistry.js';
import type { Screen } from './screens.js';

const screenGroups = [
  commonScreens,
  askJourney,
  checkJourney,
  assistedScreens,
  contactJourney,
  surveyJourney,
  voteScreens,
  appointmentsJourney,
  takeNumberJourney,
] as const;
const journeys = [
  askJourney,
  checkJourney,
  contactJourney,
  surveyJourney,
  appointmentsJourney,
  takeNumberJourney,
] as const;

type GroupScreen<G> = G extends ScreenGroup<infer S> ? S : never;
type DrawnScreen = GroupScreen<(typeof screenGroups)[number]>;
// Compile-time proof that every screen the visit can open is drawn by a registered group.
const everyScreenDrawn: [Screen] extends [DrawnScreen] ? true : never = true;
void everyScreenDrawn;

// The groups' own types are checked where they are written; here each is looked up by name.
type AnyRenderer = (screen: Screen, context: ScreenContext) => ReactNode;
type AnyStep = (screen: Screen) => JourneyStep | null;

const rendererByName = new Map<string, AnyRenderer>();
const stepByName = new Map<string, AnyStep>();
const finished = new Set<string>();
for (const group of screenGroups) {
  const step = (group as ScreenGroup<Screen>).step;
  for (const [name, render] of Object.entries(group.screens)) {
    if (rendererByName.has(name)) throw new Error(`Screen "${name}" is registered twice`);
    rendererByName.set(name, render as AnyRenderer);
    if (step) stepByName.set(name, step);
  }
  for (const name of group.finished ?? []) finished.add(name);
}

/** Screens that end a journey: leaving them forgets the visit. */
export const finishedScreens: ReadonlySet<Screen['name']> = finished as ReadonlySet<Screen['name']>;

// Compile-time proof that every home tile has its journey: a tile never leads nowhere. Where the
// centre's platform lacks a journey's extension, the journey's own first screen says so plainly.
type RegisteredJourney = (typeof journeys)[number]['id'];
const everyTileRegistered: [JourneyId] extends [RegisteredJourney] ? true : never = true;
void everyTileRegistered;

const startByJourney = new Map<JourneyId, Screen>(
  (journeys as readonly JourneyRegistration<Screen>[]).map((entry) => [entry.id, entry.start]),
);

/** The first screen of a home tile's journey. */
export function journeyStart(journey: JourneyId): Screen {
  const start = startByJourney.get(journey);
  if (!start) throw new Error(`No journey is registered for the "${journey}" tile`);
  return start;
}

/** "第 2 步，共 4 步" for a screen of a multi-step journey; null elsewhere. */
export function journeyStep(screen: Screen): JourneyStep | null {
  return stepByName.get(screen.name)?.(screen) ?? null;
}

export function drawScreen(screen: Screen, context: ScreenContext): ReactNode {
  return rendererByName.get(screen.name)?.(screen, context) ?? null;
}
