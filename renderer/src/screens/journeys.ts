// The resident journeys of the design, in home-screen order. Each tile's journey is registered in
// visit/journeyRegistry.ts, which fails the type check if one is missing.
export const journeyIds = [
  'askForHelp',
  'checkRequest',
  'contactCentre',
  'appointments',
  'takeNumber',
  'communityVoice',
] as const;
export type JourneyId = (typeof journeyIds)[number];
