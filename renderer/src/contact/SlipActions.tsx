// The way on below a contact screen's content: print the slip (the primary action), done, and in
// demo mode a look at what the printer received; with the printer's answer above them.
import { useTranslation } from '../i18n/translation.js';
import type { ActionState } from '../api/useAction.js';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { DemoReceiptButton } from '../printing/DemoReceiptButton.js';
import { ContactSlipOutcome } from './ContactSlipOutcome.js';

interface SlipActionsProps {
  /** Absent when each grid on screen has its own slip button. */
  onPrint?: () => void;
  printing: ActionState;
  slip: ReceiptOutcome | null;
  onDone: () => void;
  onShowReceipt?: () => void;
}

export function SlipActions({ onPrint, printing, slip, onDone, onShowReceipt }: SlipActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {slip ? <ContactSlipOutcome key={slip.jobId} outcome={slip} /> : null}
      {printing.error ? (
        <p className="notice notice--error" role="alert" data-testid="contact-slip-error">
          {t('contact.slip.failed')}
        </p>
      ) : null}
      <div className="action-row">
        {onPrint ? (
          <button
            type="button"
            className="primary-button primary-button--large"
            data-testid="print-contact-slip"
            disabled={printing.pending}
            onClick={onPrint}
          >
            {t('contact.slip.print')}
          </button>
        ) : null}
        <button type="button" className="secondary-button" data-testid="done" onClick={onDone}>
          {t('common.done')}
        </button>
        {onShowReceipt ? <DemoReceiptButton onOpen={onShowReceipt} /> : null}
      </div>
    </>
  );
}
