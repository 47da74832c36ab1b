// What a journey's first screen asks the kiosk for before it can show anything (the open
// questionnaire, the vote round, the bookable slots, the window services). The kiosk answers from
// its cached copy while the centre is unreachable and says "none" on a platform without the
// journey, so this never leaves the resident on a spinner. One hook for the four journeys: they
// differ only in which call they make.
import { useEffect, useState } from 'react';
import type { DemoKioskCallOutput as CallOutput } from '../../../demo/contract/demoCalls.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import type { KioskClient } from '../api/kioskClient.js';

/** The calls that fetch a journey's offer: each takes no input. */
export type JourneyOfferCall = 'getSurvey' | 'getVoteRound' | 'getAppointmentOffer' | 'getQueue';

/** Each journey's call, spelt out once so that TypeScript checks its (empty) input and knows its
 *  offer's type for whichever journey a screen names. */
const offerLoaders: { [N in JourneyOfferCall]: (client: KioskClient) => Promise<CallOutput<N>> } = {
  getSurvey: (client) => client.call('getSurvey', {}),
  getVoteRound: (client) => client.call('getVoteRound', {}),
  getAppointmentOffer: (client) => client.call('getAppointmentOffer', {}),
  getQueue: (client) => client.call('getQueue', {}),
};

export type JourneyOfferState<Offer> =
  { status: 'loading' } | { status: 'ready'; offer: Offer } | { status: 'failed' };

export function useJourneyOffer<N extends JourneyOfferCall>(
  call: N,
): JourneyOfferState<CallOutput<N>> {
  const client = useKioskClient();
  const [state, setState] = useState<JourneyOfferState<CallOutput<N>>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    offerLoaders[call](client).then(
      (offer) => live && setState({ status: 'ready', offer }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client, call]);
  return state;
}
