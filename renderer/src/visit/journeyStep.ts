// "第 2 步，共 4 步": the step counter's shape. Each multi-step journey registers how it counts
// (e.g. ask/askJourneyStep.ts); journeyRegistry.ts looks the screen up.
export interface JourneyStep {
  step: number;
  total: number;
}
