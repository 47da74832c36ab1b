// The three stages only ever move forward: a resident who was told "in progress" must never see
// "accepted" again. Skipping ahead (accepted → done) is allowed; the skipped stage has no time.
import { type Stage, stages } from '../../wire/vocabulary.js';

export function isForwardMove(from: Stage, to: Stage): boolean {
  return stages.indexOf(to) > stages.indexOf(from);
}

/** Open311 knows only open and closed; done is the only closed stage. */
export function open311Status(stage: Stage): 'open' | 'closed' {
  return stage === 'done' ? 'closed' : 'open';
}
