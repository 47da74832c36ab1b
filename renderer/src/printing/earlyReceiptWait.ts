// The wait for a receipt's outcome, started the moment its print job is known (the submit's
// reply), before the result screen is drawn: the simulated printer, and a quick real one, have
// answered by then, so the held call's reply arrives while the screen is being drawn and "take
// your receipt" shows with it, not a round trip after it. The result screen takes the wait over.
import type { ReceiptOutcome } from '../../../contract/index.js';
import type { KioskClient } from '../api/kioskClient.js';

/** Waits started but not yet taken over; a few, so one never taken cannot pile up. */
const started = new Map<string, Promise<ReceiptOutcome>>();
const keptAtMost = 4;

export function startReceiptWait(client: KioskClient, outcome: ReceiptOutcome, waitMs: number) {
  if (outcome.state !== 'printing' || started.has(outcome.jobId)) return;
  const waiting = client.call('waitReceiptOutcome', {
    jobId: outcome.jobId,
    seenState: 'printing',
    waitMs,
  });
  // A wait nobody takes over must not be reported as unhandled; whoever takes it sees the error.
  waiting.catch(() => undefined);
  started.set(outcome.jobId, waiting);
  for (const oldest of started.keys()) {
    if (started.size <= keptAtMost) break;
    started.delete(oldest);
  }
}

/** The wait started for `jobId`, handed over once; undefined when none was started. */
export function takeReceiptWait(jobId: string): Promise<ReceiptOutcome> | undefined {
  const waiting = started.get(jobId);
  started.delete(jobId);
  return waiting;
}
