// Takes a number in the visit's language. The kiosk answers at once with the number (from the
// centre, or issued here while it is unreachable) and the ticket's print job.
import { useCallback } from 'react';
import type { TakenNumber } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';
import { useLanguage } from '../i18n/useLocalize.js';

export function useTakeNumber(
  onTaken: (taken: TakenNumber) => void,
): [(serviceCode: string, priority: boolean) => void, ActionState] {
  const client = useKioskClient();
  const language = useLanguage();
  const take = useCallback(
    (serviceCode: string, priority: boolean) =>
      client.call('takeNumber', { serviceCode, priority, language }),
    [client, language],
  );
  return useAction(take, onTaken);
}
