// Submitting a request or asking for a progress slip never waits for the printer, so a fresh
// receipt is usually still printing: ask how it ended every half second until it has, and stop
// asking (as if it failed) after 15 s.
import { useEffect, useState } from 'react';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import type { ReceiptDisplay } from './receiptDisplay.js';

export const receiptPollMs = 500;
export const receiptGiveUpMs = 15_000;

export function useReceiptOutcome(initial: ReceiptOutcome): ReceiptDisplay {
  const client = useKioskClient();
  const [outcome, setOutcome] = useState(initial);
  const [gaveUp, setGaveUp] = useState(false);
  const printing = outcome.state === 'printing' && !gaveUp;

  useEffect(() => {
    if (!printing) return undefined;
    let live = true;
    let timer = 0;
    const started = Date.now();
    const poll = () => {
      client.call('getReceiptOutcome', { jobId: initial.jobId }).then(
        (next) => {
          if (!live) return;
          setOutcome(next);
          if (next.state !== 'printing') return;
          if (Date.now() - started > receiptGiveUpMs) setGaveUp(true);
          else timer = window.setTimeout(poll, receiptPollMs);
        },
        () => live && setGaveUp(true),
      );
    };
    timer = window.setTimeout(poll, receiptPollMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, initial.jobId, printing]);

  if (outcome.state === 'printed') return 'printed';
  return printing ? 'printing' : 'not-printed';
}
