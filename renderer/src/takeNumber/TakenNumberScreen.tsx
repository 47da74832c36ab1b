// The number, shown huge, with the wait ahead (约 when estimated here), the window to wait for,
// and how the ticket is printing: "take your ticket", or plain words to remember the number and
// tell the front desk when the printer needs staff.
import { useTranslation } from '../i18n/translation.js';
import type { TakenNumber } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { useReceiptOutcome } from '../printing/useReceiptOutcome.js';
import './takeNumber.css';

interface TakenNumberScreenProps {
  taken: TakenNumber;
  onDone: () => void;
}

function TicketOutcome({ taken }: { taken: TakenNumber }) {
  const { t } = useTranslation();
  const receipt = useReceiptOutcome(taken.receipt);
  return (
    <p
      className={`notice ${receipt === 'printed' ? 'notice--success' : 'notice--attention'}`}
      role="status"
      data-testid="take-number-ticket"
      data-receipt={receipt}
    >
      {t(`takeNumber.ticket.${receipt}`)}
    </p>
  );
}

export function TakenNumberScreen({ taken, onDone }: TakenNumberScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <main className="screen" data-testid="take-number-result">
      <h1>{localize(taken.serviceName)}</h1>
      <p className="take-number__label">
        {t(taken.priority ? 'takeNumber.yourPriorityNumber' : 'takeNumber.yourNumber')}
      </p>
      <p className="take-number__number" data-testid="take-number-number">
        {taken.number}
      </p>
      <p
        className="take-number__ahead"
        data-testid="take-number-ahead"
        data-estimated={taken.estimated}
      >
        {t(taken.estimated ? 'takeNumber.aheadEstimated' : 'takeNumber.ahead', {
          people: taken.waitingAhead,
        })}
      </p>
      <p className="screen__lead">{t('takeNumber.callWindow', { window: taken.window })}</p>
      <TicketOutcome key={taken.receipt.jobId} taken={taken} />
      {taken.estimated ? <p className="notice">{t('takeNumber.offline')}</p> : null}
      <button
        type="button"
        className="primary-button"
        data-testid="take-number-done"
        onClick={onDone}
      >
        {t('takeNumber.done')}
      </button>
    </main>
  );
}
