// The centre's services and slots, asked for when the journey's first screen opens: the kiosk
// answers from its cached slots while the centre is unreachable and says "none" on a platform
// without appointments, so this never leaves the resident on a spinner.
import { useEffect, useState } from 'react';
import type { AppointmentOffer } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';

export type OfferState =
  { status: 'loading' } | { status: 'ready'; offer: AppointmentOffer } | { status: 'failed' };

export function useAppointmentOffer(): OfferState {
  const client = useKioskClient();
  const [state, setState] = useState<OfferState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    client.call('getAppointmentOffer', {}).then(
      (offer) => live && setState({ status: 'ready', offer }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
