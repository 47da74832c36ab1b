// The requests made at this kiosk with the card just read; the card also opens each of them.
import { useCallback } from 'react';
import type { CardHolder, RequestStatus } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';

export function useFindMyRequests(
  onFound: (requests: RequestStatus[], card: CardHolder) => void,
): [(card: CardHolder) => void, ActionState] {
  const client = useKioskClient();
  const find = useCallback(
    async (card: CardHolder) => ({
      requests: (await client.call('findMyRequests', { cardToken: card.token })).requests,
      card,
    }),
    [client],
  );
  const found = useCallback(
    ({ requests, card }: { requests: RequestStatus[]; card: CardHolder }) =>
      onFound(requests, card),
    [onFound],
  );
  return useAction(find, found);
}
