// The reader's state while `active`, for "keep the card still" and "please take your card": asked
// once, then each answer comes when the state changes (waitCardReaderState, a held call in both
// shells), so the screen follows the reader at once instead of up to a poll interval late.
import { useEffect, useState } from 'react';
import type { ReaderStateName } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { afterNextPaint } from '../api/afterPaint.js';

/** How long one held call waits before it is asked again; short, so a screen left behind holds
 *  one of the page's few connections to the host for no longer than this. */
export const readerWaitMs = 5_000;
/** After a failed call, before trying again (the service is restarting, or gone). */
export const readerRetryMs = 1_000;

export function useReaderState(active: boolean): ReaderStateName | null {
  const client = useKioskClient();
  const [state, setState] = useState<ReaderStateName | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    let timer = 0;
    const follow = (seen: ReaderStateName) => {
      client.call('waitCardReaderState', { seenState: seen, waitMs: readerWaitMs }).then(
        (reply) => {
          if (!live) return;
          setState(reply.state);
          follow(reply.state);
        },
        () => {
          if (live) timer = window.setTimeout(start, readerRetryMs);
        },
      );
    };
    const start = () => {
      client.call('getCardReaderState', {}).then(
        (reply) => {
          if (!live) return;
          setState(reply.state);
          follow(reply.state);
        },
        () => {
          if (live) timer = window.setTimeout(start, readerRetryMs);
        },
      );
    };
    const cancel = afterNextPaint(start);
    return () => {
      live = false;
      cancel();
      window.clearTimeout(timer);
    };
  }, [client, active]);
  return active ? state : null;
}
