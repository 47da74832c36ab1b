// One press sends the emergency at once, with the card read in this visit if there was one. A
// visit sends it once; pressing again shows the same answer, unless the first try failed.
import { useCallback, useRef, useState } from 'react';
import type {
  AssistedSubmission,
  CardHolder,
  Language,
  SubmittedRequest,
} from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { afterNextPaint } from '../api/afterPaint.js';

export type EmergencyOutcome =
  { status: 'sending' } | { status: 'sent'; result: SubmittedRequest } | { status: 'failed' };

export function useEmergency(): {
  outcome: EmergencyOutcome | null;
  /** `assisted`: entered by staff, with the phone the centre calls back on (contract/assisted.ts). */
  send: (
    card: CardHolder | null,
    language: Language,
    assisted?: { phone: string; submission: AssistedSubmission },
  ) => void;
} {
  const client = useKioskClient();
  const [outcome, setOutcome] = useState<EmergencyOutcome | null>(null);
  const state = useRef<EmergencyOutcome['status'] | null>(null);

  const send = useCallback(
    (
      card: CardHolder | null,
      language: Language,
      assisted?: { phone: string; submission: AssistedSubmission },
    ) => {
      if (state.current === 'sending' || state.current === 'sent') return;
      state.current = 'sending';
      setOutcome({ status: 'sending' });
      const draft = {
        ...(card ? { cardToken: card.token } : {}),
        ...(assisted ? { phone: assisted.phone, assisted: assisted.submission } : {}),
        language,
      };
      // The numbers to call on screen first; the alert leaves one frame later.
      afterNextPaint(() =>
        client.call('submitEmergency', draft).then(
          (result) => {
            state.current = 'sent';
            setOutcome({ status: 'sent', result });
          },
          () => {
            state.current = 'failed';
            setOutcome({ status: 'failed' });
          },
        ),
      );
    },
    [client],
  );
  return { outcome, send };
}
