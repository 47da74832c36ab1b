// "第 2 步，共 3 步" in the vote: the proposals, the card, the read-back. The receipt, a refusal
// and the results are not steps.
import type { JourneyStep } from '../visit/journeyStep.js';
import type { VoteScreen } from './voteScreen.js';

export function voteStep(screen: VoteScreen): JourneyStep | null {
  if (screen.name === 'vote-proposals') return { step: 1, total: 3 };
  if (screen.name === 'vote-card') return { step: 2, total: 3 };
  if (screen.name === 'vote-confirm') return { step: 3, total: 3 };
  return null;
}
