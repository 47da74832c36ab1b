// Asks the kiosk to print a contact slip in the visit's language. The call never waits for the
// printer: it answers with the print job, which ContactSlipOutcome follows.
import { useCallback, useState } from 'react';
import type { ContactSlipRequest, ReceiptOutcome } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';
import { useLanguage } from '../i18n/useLocalize.js';

export type SlipContent = Omit<ContactSlipRequest, 'language'>;

export function usePrintContactSlip(): [
  (content: SlipContent) => void,
  ActionState,
  ReceiptOutcome | null,
] {
  const client = useKioskClient();
  const language = useLanguage();
  const [outcome, setOutcome] = useState<ReceiptOutcome | null>(null);
  const print = useCallback(
    (content: SlipContent) => client.call('printContactSlip', { ...content, language }),
    [client, language],
  );
  const [run, state] = useAction(print, setOutcome);
  return [run, state, outcome];
}
