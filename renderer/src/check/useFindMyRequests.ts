// The requests made at this kiosk with the card just read.
import { useCallback } from 'react';
import type { CardHolder, RequestStatus } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';

export function useFindMyRequests(
  onFound: (requests: RequestStatus[]) => void,
): [(card: CardHolder) => void, ActionState] {
  const client = useKioskClient();
  const find = useCallback(
    async (card: CardHolder) =>
      (await client.call('findMyRequests', { cardToken: card.token })).requests,
    [client],
  );
  return useAction(find, onFound);
}
