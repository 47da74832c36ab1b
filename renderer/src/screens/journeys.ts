// The resident journeys of the design, in home-screen order. A tile leads somewhere once its
// journey is registered (visit/journeyRegistry.ts); until then it says so plainly.
export const journeyIds = [
  'askForHelp',
  'checkRequest',
  'contactCentre',
  'appointments',
  'takeNumber',
  'communityVoice',
] as const;
export type JourneyId = (typeof journeyIds)[number];
