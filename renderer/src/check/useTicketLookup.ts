// Looks a request up by its ticket, its eight digits or the receipt's QR code, with the phone's
// last four digits when the resident gives them; answers with what opened it.
import { useCallback } from 'react';
import type { RequestProof, RequestStatus } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';
import { type RequestKey, keyOf } from './requestKey.js';

export function useTicketLookup(
  onFound: (status: RequestStatus, key: RequestKey) => void,
): [(ticket: string, proof?: RequestProof) => void, ActionState] {
  const client = useKioskClient();
  const lookup = useCallback(
    async (ticket: string, proof?: RequestProof) => {
      const key = keyOf(ticket, proof);
      return { status: await client.call('getRequestStatus', key), key };
    },
    [client],
  );
  const found = useCallback(
    ({ status, key }: { status: RequestStatus; key: RequestKey }) => onFound(status, key),
    [onFound],
  );
  return useAction(lookup, found);
}
