// One request for staff, masked (the kiosk never sends the page a full phone or ID number): who
// (masked), its stages, a cancellation, its entries on the way to the centre, and its receipts,
// each of which can be reprinted.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { StaffRequestDetail } from '../../../../contract/staffQueue.js';
import type { KioskClient } from '../../api/kioskClient.js';
import { formatDateTime } from '../../format/dateTime.js';
import { useLanguage } from '../../i18n/useLocalize.js';
import { queueStateWords } from '../queue/queueWords.js';
import { useStaffAction } from '../queue/useStaffAction.js';
import { cancelReasonWords } from './cancelReasonWords.js';
import { printPurposeWords, printStateWords, stageWords } from './printWords.js';
import { ReprintButton } from './ReprintButton.js';

interface RequestDetailViewProps {
  client: KioskClient;
  token: string;
  ticket: string;
  onUnauthorized: () => void;
}

export function RequestDetailView({
  client,
  token,
  ticket,
  onUnauthorized,
}: RequestDetailViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [detail, setDetail] = useState<StaffRequestDetail | null>(null);
  const load = useStaffAction(onUnauthorized);
  const { run } = load;
  useEffect(() => {
    run(() => client.call('getStaffRequestDetail', { token, ticket }), setDetail);
  }, [client, token, ticket, run]);
  const when = (iso: string | null) =>
    iso ? formatDateTime(iso, language) : t('staff.requests.notYet');

  if (load.error) return <p role="alert">{t('staff.entry.unavailable')}</p>;
  if (!detail) return null;
  const { request } = detail;
  return (
    <section className="staff-queue" data-testid="staff-request-detail">
      <h2>{t('staff.requests.detailTitle', { ticket: request.ticket })}</h2>
      <p data-testid="staff-request-contact">
        {t('staff.requests.contactLine', {
          name: request.maskedName ?? '—',
          phone: request.maskedPhone ?? '—',
        })}
      </p>
      <p>{t('staff.requests.made', { at: when(request.createdAt), category: request.category })}</p>
      {detail.cancellation ? (
        <p className="staff-notice" data-testid="staff-request-cancelled">
          {t('staff.requests.cancelledLine', {
            staff: detail.cancellation.staffId,
            reason: cancelReasonWords(t, detail.cancellation.reason),
          })}
        </p>
      ) : null}
      <h3>{t('staff.requests.stagesTitle')}</h3>
      <ul>
        {detail.stages.map((stage) => (
          <li key={stage.stage}>
            {t('staff.requests.stageLine', {
              stage: stageWords(t, stage.stage),
              at: when(stage.at),
            })}
          </li>
        ))}
      </ul>
      {detail.uploads.length > 0 ? (
        <>
          <h3>{t('staff.requests.uploadsTitle')}</h3>
          <ul>
            {detail.uploads.map((upload) => (
              <li key={upload.outboxId}>
                {queueStateWords(t, upload.state)}
                {upload.lastError ? ` · ${upload.lastError}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('staff.requests.printsTitle')}</h3>
      <ul className="staff-queue__list">
        {detail.printJobs.map((job) => (
          <li key={job.jobId} data-testid="staff-request-print" data-state={job.state}>
            <p>
              {t('staff.requests.printLine', {
                purpose: printPurposeWords(t, job.purpose),
                state: printStateWords(t, job.state),
                at: when(job.createdAt),
              })}
              {job.reprintOf ? ` ${t('staff.requests.isReprint')}` : ''}
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
