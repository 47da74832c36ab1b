// How the progress slip is doing: printing, "take your slip", or plain words that the printer
// needs staff. Mount it with key={outcome.jobId} so each new slip is followed afresh.
import { useTranslation } from '../i18n/translation.js';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { useReceiptOutcome } from '../printing/useReceiptOutcome.js';

export function SlipOutcome({ outcome }: { outcome: ReceiptOutcome }) {
  const { t } = useTranslation();
  const receipt = useReceiptOutcome(outcome);
  return (
    <p
      className={`notice ${receipt === 'printed' ? 'notice--success' : 'notice--attention'}`}
      role="status"
      data-testid="slip-outcome"
      data-receipt={receipt}
    >
      {t(`check.slip.${receipt}`)}
    </p>
  );
}
