// The centre's questionnaire, asked for when the survey's first screen opens: the kiosk answers
// from its cached copy while the centre is unreachable, and says "none" on a platform without
// surveys, so this never leaves the resident on a spinner.
import { useEffect, useState } from 'react';
import type { SurveyOffer } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';

export type SurveyOfferState =
  { status: 'loading' } | { status: 'ready'; offer: SurveyOffer } | { status: 'failed' };

export function useSurveyOffer(): SurveyOfferState {
  const client = useKioskClient();
  const [state, setState] = useState<SurveyOfferState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    client.call('getSurvey', {}).then(
      (offer) => live && setState({ status: 'ready', offer }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
