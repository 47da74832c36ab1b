// Turns the finished draft into the contract's RequestDraft and submits it. The wait for the
// receipt starts with the first frame after the reply (earlyReceiptWait.ts): sent before it, the
// call's own cost, and the second drawing its answer brought, came before the result was
// painted (issue 16: confirm → result took twice as long unthrottled).
// "Sending…" shows only when the reply takes longer than reads as instant: a quick one goes
// straight to the result, with no second drawing of the confirmation in between (issue 16).
import { useCallback } from 'react';
import type { SubmittedRequest } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { afterNextPaint } from '../api/afterPaint.js';
import { type ActionState, useAction } from '../api/useAction.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { startReceiptWait } from '../printing/earlyReceiptWait.js';
import { receiptGiveUpMs } from '../printing/useReceiptOutcome.js';
import type { AskDraft } from './askDraft.js';
import { toRequestDraft } from './requestDraft.js';

/** About the longest a reply still feels immediate to a resident; a second tap is ignored. */
export const sendingShownAfterMs = 150;

export function useSubmitRequest(
  draft: AskDraft,
  onSubmitted: (result: SubmittedRequest) => void,
): [() => void, ActionState] {
  const client = useKioskClient();
  const language = useLanguage();
  const submit = useCallback(
    () =>
      client.call('submitRequest', toRequestDraft(draft, language)).then((submitted) => {
        afterNextPaint(() => startReceiptWait(client, submitted.receipt, receiptGiveUpMs));
        return submitted;
      }),
    [client, draft, language],
  );
  return useAction(submit, onSubmitted, { pendingShownAfterMs: sendingShownAfterMs });
}
