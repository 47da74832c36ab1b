// "第 2 步，共 4 步": where a resident is in "Ask for help", counted in the steps a resident
// recognises (what, details, who, where, check) rather than in screens, so that Back and a
// platform's extra questions do not make the count jump. The total depends on the draft: the
// "where" step exists only when the need is attended at a chosen place.
import type { JourneyStep } from '../visit/journeyStep.js';
import type { AskDraft } from './askDraft.js';
import type { AskScreen } from './askScreen.js';

type AskStage = 'what' | 'details' | 'who' | 'where' | 'check';

const stageOfScreen: Partial<Record<AskScreen['name'], AskStage>> = {
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

export function askJourneyStep(screen: AskScreen): JourneyStep | null {
  const stage = stageOfScreen[screen.name];
  if (!stage) return null;
  const draft = 'draft' in screen ? screen.draft : null;
  const stages = stagesFor(draft);
  return { step: stages.indexOf(stage) + 1, total: stages.length };
}
