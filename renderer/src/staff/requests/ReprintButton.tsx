// "Reprint" for one kept print job, and how the reprint ended (the kiosk marks it on paper as a
// reprint by the signed-in staff member). A reprint that fails is kept like any other job.
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { ReceiptOutcome } from '../../../../contract/index.js';
import type { KioskClient } from '../../api/kioskClient.js';
import { useReceiptOutcome } from '../../printing/useReceiptOutcome.js';
import { useStaffAction } from '../queue/useStaffAction.js';

function ReprintOutcome({ outcome }: { outcome: ReceiptOutcome }) {
  const { t } = useTranslation();
  const display = useReceiptOutcome(outcome);
  return (
    <p role="status" data-testid="staff-reprint-outcome" data-receipt={display}>
      {display === 'printing'
        ? t('staff.requests.reprinting')
        : display === 'printed'
          ? t('staff.requests.reprinted')
          : t('staff.requests.reprintFailed')}
    </p>
  );
}

interface ReprintButtonProps {
  client: KioskClient;
  token: string;
  jobId: string;
  onUnauthorized: () => void;
}

export function ReprintButton({ client, token, jobId, onUnauthorized }: ReprintButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ReceiptOutcome | null>(null);
  const action = useStaffAction(onUnauthorized);
  return (
    <div className="staff-actions">
      <button
        type="button"
        className="secondary-button"
        data-testid="staff-reprint"
        data-job={jobId}
        disabled={action.pending}
        onClick={() => action.run(() => client.call('staffReprint', { token, jobId }), setOutcome)}
      >
        {t('staff.requests.reprint')}
      </button>
      {outcome ? <ReprintOutcome key={outcome.jobId} outcome={outcome} /> : null}
      {action.error ? (
        <p role="alert">{t('staff.queue.actionFailed', { reason: action.error })}</p>
      ) : null}
    </div>
  );
}
