// The receipts that did not print (out of paper, cover open, printer away), newest first, each
// with "Reprint" for when the printer is back.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { StaffPrintJob } from '../../../../contract/staffQueue.js';
import type { KioskClient } from '../../api/kioskClient.js';
import { formatDateTime } from '../../format/dateTime.js';
import { useLanguage } from '../../i18n/useLocalize.js';
import { useStaffAction } from '../queue/useStaffAction.js';
import { ReprintButton } from './ReprintButton.js';

interface FailedPrintsProps {
  client: KioskClient;
  token: string;
  onUnauthorized: () => void;
}

export function FailedPrints({ client, token, onUnauthorized }: FailedPrintsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [jobs, setJobs] = useState<StaffPrintJob[] | null>(null);
  const { run } = useStaffAction(onUnauthorized);
  useEffect(() => {
    run(
      () => client.call('getStaffFailedPrints', { token }),
      (result) => setJobs(result.jobs),
    );
  }, [client, token, run]);
  if (!jobs) return null;
  return (
    <section className="staff-queue__summary" data-testid="staff-failed-prints">
      <h2>{t('staff.requests.failedPrintsTitle')}</h2>
      {jobs.length === 0 ? <p>{t('staff.requests.noFailedPrints')}</p> : null}
      <ul className="staff-queue__list">
        {jobs.map((job) => (
          <li key={job.jobId} data-testid="staff-failed-print" data-ticket={job.ticket ?? ''}>
            <p>
              {t('staff.requests.failedPrint', {
                ticket: job.ticket ?? '—',
                at: formatDateTime(job.createdAt, language),
                problem: job.problem ?? '—',
              })}
            </p>
            <ReprintButton
              client={client}
              token={token}
              jobId={job.jobId}
              onUnauthorized={onUnauthorized}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
