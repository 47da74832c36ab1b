// Asks the reader for its state every ~300 ms while `active`, one question at a time.
import { useEffect, useState } from 'react';
import type { ReaderStateName } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';

export const readerPollMs = 300;

export function useReaderState(active: boolean): ReaderStateName | null {
  const client = useKioskClient();
  const [state, setState] = useState<ReaderStateName | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    let timer = 0;
    const poll = () => {
      client
        .call('getCardReaderState', {})
        .then(
          (reply) => live && setState(reply.state),
          () => undefined,
        )
        .finally(() => {
          if (live) timer = window.setTimeout(poll, readerPollMs);
        });
    };
    poll();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, active]);
  return active ? state : null;
}
