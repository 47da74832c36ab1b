// Looks a request up by its ticket, its eight digits or the receipt's QR code.
import { useCallback } from 'react';
import type { RequestStatus } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';

export function useTicketLookup(
  onFound: (status: RequestStatus) => void,
): [(ticket: string) => void, ActionState] {
  const client = useKioskClient();
  const lookup = useCallback(
    (ticket: string) => client.call('getRequestStatus', { ticket }),
    [client],
  );
  return useAction(lookup, onFound);
}
