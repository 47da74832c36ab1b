// Asks the kiosk for the contact information of the centre, a card or a street. The answer is
// the directory on the kiosk, so it comes the same with the centre's network down.
import { useCallback, useEffect, useState } from 'react';
import type { ContactInfo, ContactQuery } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { afterNextPaint } from '../api/afterPaint.js';
import { type ActionState, useAction } from '../api/useAction.js';

/** For a tap (a card read, a street chosen): at most one call at a time. */
export function useContactLookup(
  onFound: (info: ContactInfo) => void,
): [(query: ContactQuery) => void, ActionState] {
  const client = useKioskClient();
  const find = useCallback((query: ContactQuery) => client.call('getContactInfo', query), [client]);
  return useAction(find, onFound);
}

/** The centre's own information, asked once when the journey opens. */
export function useCentreContact(): { info: ContactInfo | null; failed: boolean } {
  const client = useKioskClient();
  const [info, setInfo] = useState<ContactInfo | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const cancel = afterNextPaint(() => {
      client.call('getContactInfo', { by: 'centre' }).then(
        (answer) => {
          if (live) setInfo(answer);
        },
        () => {
          if (live) setFailed(true);
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [client]);
  return { info, failed };
}
