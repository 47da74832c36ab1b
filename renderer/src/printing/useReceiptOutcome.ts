// Submitting a request or asking for a progress slip never waits for the printer, so a fresh
// receipt is usually still printing. The page asks the kiosk to answer once the outcome changes
// (waitReceiptOutcome, a long-held call in both shells), so "take your receipt" appears as soon
// as the printer has answered; after 15 s without an answer it stops asking, as if it failed.
import { useEffect, useState } from 'react';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { afterNextPaint } from '../api/afterPaint.js';
import { takeReceiptWait } from './earlyReceiptWait.js';
import type { ReceiptDisplay } from './receiptDisplay.js';

export const receiptGiveUpMs = 15_000;

export function useReceiptOutcome(initial: ReceiptOutcome): ReceiptDisplay {
  const client = useKioskClient();
  const [outcome, setOutcome] = useState(initial);
  const [gaveUp, setGaveUp] = useState(false);
  const printing = outcome.state === 'printing' && !gaveUp;

  useEffect(() => {
    if (!printing) return undefined;
    let live = true;
    const giveUpAt = Date.now() + receiptGiveUpMs;
    const wait = () => {
      const waitMs = Math.max(0, giveUpAt - Date.now());
      const waiting =
        takeReceiptWait(initial.jobId) ??
        client.call('waitReceiptOutcome', { jobId: initial.jobId, seenState: 'printing', waitMs });
      waiting.then(
        (next) => {
          if (!live) return;
          if (next.state !== 'printing') setOutcome(next);
          else if (Date.now() >= giveUpAt) setGaveUp(true);
          else wait();
        },
        () => live && setGaveUp(true),
      );
    };
    // From the first frame on, like the wait the submit started (earlyReceiptWait.ts), which
    // this one then takes over: a call sent before the frame delays it by its own cost.
    const cancel = afterNextPaint(wait);
    return () => {
      live = false;
      cancel();
    };
  }, [client, initial.jobId, printing]);

  if (outcome.state === 'printed') return 'printed';
  return printing ? 'printing' : 'not-printed';
}
