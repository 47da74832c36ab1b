// Asks the kiosk to print a progress slip in the visit's language, with what opened the request.
// The call never waits for the printer: it answers with the print job, which the screen follows.
import { useCallback, useState } from 'react';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';
import { useLanguage } from '../i18n/useLocalize.js';
import type { RequestKey } from './requestKey.js';

export function usePrintStatusSlip(
  key: RequestKey,
): [() => void, ActionState, ReceiptOutcome | null] {
  const client = useKioskClient();
  const language = useLanguage();
  const [outcome, setOutcome] = useState<ReceiptOutcome | null>(null);
  const print = useCallback(
    () => client.call('printStatusSlip', { ...key, language }),
    [client, key, language],
  );
  const [run, state] = useAction(print, setOutcome);
  return [run, state, outcome];
}
