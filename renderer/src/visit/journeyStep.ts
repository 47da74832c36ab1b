// "第 2 步，共 4 步": where a resident is in "Ask for help", counted in the steps a resident
// recognises (what, details, who, where, check) rather than in screens, so that Back and a
// platform's extra questions do not make the count jump. The total depends on the draft: the
// "where" step exists only when the need is attended at a chosen place.
import type { AskDraft, Screen } from './screens.js';

export interface JourneyStep {
  step: number;
  total: number;
}

type AskStage = 'what' | 'details' | 'who' | 'where' | 'check';

const stageOfScreen: Partial<Record<Screen['name'], AskStage>> = {
  'ask-category': 'what',
  'ask-need': 'what',
  'ask-describe': 'details',
  'ask-question': 'details',
  'ask-urgency': 'details',
  'ask-who': 'who',
  'ask-phone': 'who',
  'ask-name': 'who',
  'ask-location': 'where',
  'ask-confirm': 'check',
};

function stagesFor(draft: AskDraft | null): AskStage[] {
  const where = draft === null || draft.platform.location === 'choice';
  return where ? ['what', 'details', 'who', 'where', 'check'] : ['what', 'details', 'who', 'check'];
}

/** The step of the screen, or null for a screen that is not part of a multi-step journey. */
export function journeyStep(screen: Screen): JourneyStep | null {
  const stage = stageOfScreen[screen.name];
  if (!stage) return null;
  const draft = 'draft' in screen ? screen.draft : null;
  const stages = stagesFor(draft);
  return { step: stages.indexOf(stage) + 1, total: stages.length };
}
