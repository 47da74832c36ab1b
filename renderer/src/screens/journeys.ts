// The resident journeys of the design, in home-screen order. `available` turns true as each
// journey is built; until then its tile says so plainly instead of pretending.
export const journeyIds = [
  'askForHelp',
  'checkRequest',
  'contactCentre',
  'appointments',
  'takeNumber',
  'communityVoice',
] as const;
export type JourneyId = (typeof journeyIds)[number];

export const availableJourneys: ReadonlySet<JourneyId> = new Set<JourneyId>([
  'askForHelp',
  'checkRequest',
]);
