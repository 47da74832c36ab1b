// One card read at a time per visit. readCard waits on the reader for up to 20 s, so every screen
// that wants a card shares the call in flight instead of stacking up waiting requests.
import type { demoCardIds } from '../../../contract/constants.js';
import type { ReadCardResult } from '../../../contract/index.js';
import type { KioskClient } from '../api/kioskClient.js';

export type DemoCardId = (typeof demoCardIds)[number];

export const cardWaitMs = 20_000;
/** How long a demo card "stays on the reader" after it was read, before the demo lifts it. */
const demoLiftMs = 3_000;

export interface CardReadLoop {
  read(): Promise<ReadCardResult>;
  /** Demo mode: put a demo card on the simulated reader; it is lifted again after its read. */
  placeDemoCard(cardId: DemoCardId): Promise<void>;
  /** The visit is over: a demo card still on the reader leaves with its (pretend) owner. */
  dispose(): void;
}

export function createCardReadLoop(client: KioskClient): CardReadLoop {
  let inFlight: Promise<ReadCardResult> | null = null;
  let demoOnReader = false;
  let liftTimer = 0;

  const lift = () => {
    window.clearTimeout(liftTimer);
    demoOnReader = false;
    client.call('placeDemoCard', { cardId: null }).catch(() => undefined);
  };
  const liftLater = () => {
    if (!demoOnReader) return;
    window.clearTimeout(liftTimer);
    liftTimer = window.setTimeout(lift, demoLiftMs);
  };

  return {
    read() {
      inFlight ??= client.call('readCard', { waitMs: cardWaitMs }).then(
        (result) => {
          inFlight = null;
          if (result.outcome !== 'no-card') liftLater();
          return result;
        },
        (error: unknown) => {
          inFlight = null;
          throw error;
        },
      );
      return inFlight;
    },
    async placeDemoCard(cardId) {
      window.clearTimeout(liftTimer);
      await client.call('placeDemoCard', { cardId });
      demoOnReader = true;
    },
    dispose() {
      if (demoOnReader) lift();
    },
  };
}
