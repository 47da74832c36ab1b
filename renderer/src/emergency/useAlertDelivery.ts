// The emergency screen's state (alertStates.ts), moved on by the submit call's answer and, while
// the request is only saved on this kiosk, by asking the kiosk's services how its delivery to
// the centre stands: the receipt's look-up code opens the request without a guess being counted.
// It asks after 2, 4, 8 s and then every 15 s, and stops once the centre has it or refused it.
import { useEffect, useReducer } from 'react';
import { useKioskClient } from '../api/KioskClientContext.js';
import {
  type AlertEvent,
  type AlertState,
  awaitsCentre,
  nextAlertState,
  nextLookupDelayMs,
} from './alertStates.js';
import type { EmergencyOutcome } from './useEmergency.js';

export function useAlertDelivery(outcome: EmergencyOutcome | null): AlertState {
  const client = useKioskClient();
  const [state, dispatch] = useReducer(
    (current: AlertState, event: AlertEvent) => nextAlertState(current, event),
    'sending',
  );
  const lookupCode = outcome?.status === 'sent' ? outcome.result.lookupCode : null;

  useEffect(() => {
    if (outcome?.status === 'sent')
      dispatch({ type: 'submitted', upstream: outcome.result.upstream });
    else if (outcome?.status === 'failed') dispatch({ type: 'submit-failed' });
  }, [outcome]);

  const waiting = awaitsCentre(state);
  useEffect(() => {
    if (!waiting || lookupCode === null) return undefined;
    let attempt = 0;
    let timer = 0;
    let live = true;
    const ask = () => {
      client.call('getRequestStatus', { ticket: lookupCode }).then(
        (status) => {
          if (!live) return;
          if (status.delivery) dispatch({ type: 'delivery', delivery: status.delivery });
          schedule();
        },
        // The screen keeps saying "saved here", which stays true; it asks again later.
        () => {
          if (live) schedule();
        },
      );
    };
    const schedule = () => {
      timer = window.setTimeout(ask, nextLookupDelayMs(attempt));
      attempt += 1;
    };
    schedule();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, waiting, lookupCode]);

  return state;
}
