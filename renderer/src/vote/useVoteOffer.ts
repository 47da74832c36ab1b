// The centre's open round, asked for when the 社区议事 tile opens: the kiosk answers from its
// cached copy while the centre is unreachable, and says "none" (with why) on a platform without
// the vote, so this never leaves the resident on a spinner.
import { useEffect, useState } from 'react';
import type { VoteOffer } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';

export type VoteOfferState =
  { status: 'loading' } | { status: 'ready'; offer: VoteOffer } | { status: 'failed' };

export function useVoteOffer(): VoteOfferState {
  const client = useKioskClient();
  const [state, setState] = useState<VoteOfferState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    client.call('getVoteRound', {}).then(
      (offer) => live && setState({ status: 'ready', offer }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
