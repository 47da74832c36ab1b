// How the booking receipt is doing: printing, "take your receipt", or plain words that the
// printer needs staff (the code is on screen to copy). Mount it with key={outcome.jobId}.
import { useTranslation } from '../i18n/translation.js';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { useReceiptOutcome } from '../printing/useReceiptOutcome.js';

export function BookingReceiptOutcome({ outcome }: { outcome: ReceiptOutcome }) {
  const { t } = useTranslation();
  const receipt = useReceiptOutcome(outcome);
  const words =
    receipt === 'printed'
      ? t('appointments.receipt.printed')
      : receipt === 'printing'
        ? t('appointments.receipt.printing')
        : t('appointments.receipt.notPrinted');
  return (
    <p
      className={`notice ${receipt === 'printed' ? 'notice--success' : 'notice--attention'}`}
      role="status"
      data-testid="appointments-receipt"
      data-receipt={receipt}
    >
      {words}
    </p>
  );
}
