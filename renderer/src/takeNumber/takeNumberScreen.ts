// The screens of "take a number" (取号) for the front-desk window: choose the service (each
// showing how many wait), priority or not (only where the centre allows it), then the number.
import type { QueueServiceView, TakenNumber } from '../../../contract/index.js';

export type TakeNumberScreen =
  | { name: 'take-number-services' }
  | { name: 'take-number-priority'; service: QueueServiceView }
  | { name: 'take-number-result'; taken: TakenNumber };
