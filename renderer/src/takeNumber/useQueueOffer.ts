// The window services, asked for when the first screen opens: the kiosk answers from its cached
// list (waits estimated) while the centre is unreachable, and "not offered" on a platform without
// the queue extension, so this never leaves the resident on a spinner.
import { useEffect, useState } from 'react';
import type { QueueOffer } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';

export type QueueOfferState =
  { status: 'loading' } | { status: 'ready'; offer: QueueOffer } | { status: 'failed' };

export function useQueueOffer(): QueueOfferState {
  const client = useKioskClient();
  const [state, setState] = useState<QueueOfferState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    client.call('getQueue', {}).then(
      (offer) => live && setState({ status: 'ready', offer }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
