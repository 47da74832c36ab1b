// How the contact slip is doing: printing, "take your slip", or plain words that the printer
// needs staff (the numbers are on screen to copy). Mount it with key={outcome.jobId}.
import { useTranslation } from '../i18n/translation.js';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { useReceiptOutcome } from '../printing/useReceiptOutcome.js';

export function ContactSlipOutcome({ outcome }: { outcome: ReceiptOutcome }) {
  const { t } = useTranslation();
  const receipt = useReceiptOutcome(outcome);
  return (
    <p
      className={`notice ${receipt === 'printed' ? 'notice--success' : 'notice--attention'}`}
      role="status"
      data-testid="contact-slip-outcome"
      data-receipt={receipt}
    >
      {t(`contact.slip.${receipt}`)}
    </p>
  );
}
