// One entry of the upload queue for staff: what the centre said and what was sent, then what can
// be done with it — a refused request corrected and resent, a held one released (under another
// service if one is chosen), either cancelled with a reason; a staff notice (a booking whose slot
// filled) marked handled once the resident was called. Each outcome is said in plain words.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { RequestCancelReason } from '../../../../contract/requests.js';
import type { StaffQueueEntryDetail } from '../../../../contract/staffQueue.js';
import type { KioskClient } from '../../api/kioskClient.js';
import { CancelForm } from './CancelForm.js';
import { type Correction, CorrectionForm } from './CorrectionForm.js';
import { queueEntryTitle, queueStateWords } from './queueWords.js';
import { SentForm } from './SentForm.js';
import { ServicePicker } from './ServicePicker.js';
import { useStaffAction } from './useStaffAction.js';

interface QueueEntryScreenProps {
  client: KioskClient;
  token: string;
  outboxId: number;
  onClose: () => void;
  onUnauthorized: () => void;
}

export function QueueEntryScreen(props: QueueEntryScreenProps) {
  const { client, token, outboxId, onClose, onUnauthorized } = props;
  const { t } = useTranslation();
  const [detail, setDetail] = useState<StaffQueueEntryDetail | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [releaseCode, setReleaseCode] = useState<string | null>(null);
  const load = useStaffAction(onUnauthorized);
  const act = useStaffAction(onUnauthorized);
  const { run } = load;

  useEffect(() => {
    run(() => client.call('getStaffQueueEntry', { token, outboxId }), setDetail);
  }, [client, token, outboxId, run]);

  const resend = (correction: Correction) =>
    act.run(
      () => client.call('staffResendEntry', { token, outboxId, ...correction }),
      (result) =>
        setDone(t('staff.queue.resent', { ticket: result.ticket, key: result.idempotencyKey })),
    );
  const release = () =>
    act.run(
      () =>
        client.call('staffReleaseHeld', {
          token,
          outboxId,
          ...(releaseCode ? { serviceCode: releaseCode } : {}),
        }),
      (result) => setDone(t('staff.queue.released', { ticket: result.ticket })),
    );
  const cancel = (reason: RequestCancelReason, note: string) =>
    act.run(
      () =>
        client.call('staffCancelEntry', {
          token,
          outboxId,
          reason,
          ...(note.trim() ? { note } : {}),
        }),
      (result) => setDone(t('staff.queue.cancelledDone', { ticket: result.ticket })),
    );

  const handled = () =>
    act.run(
      () => client.call('staffMarkHandled', { token, outboxId }),
      (result) => setDone(t('staff.queue.handledDone', { ticket: result.ticket })),
    );

  const entry = detail?.entry;
  const isNotice = entry?.kind === 'appointment-slot-taken';
  const isRequest = entry?.kind === 'request';
  return (
    <section className="staff-queue" data-testid="staff-queue-entry">
      {entry ? (
        <h2 data-testid="staff-entry-title">
          {queueEntryTitle(t, entry)} · {queueStateWords(t, entry.state)}
        </h2>
      ) : null}
      {load.error ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
      {done ? (
        <p className="staff-notice" role="status" data-testid="staff-entry-done">
          {done}
        </p>
      ) : null}
      {act.error ? (
        <p className="staff-notice" role="alert" data-testid="staff-entry-failed">
          {t('staff.queue.actionFailed', { reason: act.error })}
        </p>
      ) : null}
      {detail && !done ? (
        <>
          <SentForm detail={detail} />
          {entry?.state === 'dead' ? (
            isRequest ? (
              <CorrectionForm detail={detail} pending={act.pending} onResend={resend} />
            ) : (
              <button
                type="button"
                className="primary-button"
                data-testid="staff-resend"
                disabled={act.pending}
                onClick={() => resend({})}
              >
                {t('staff.queue.resend')}
              </button>
            )
          ) : null}
          {isNotice ? (
            <button
              type="button"
              className="primary-button"
              data-testid="staff-handled"
              disabled={act.pending}
              onClick={handled}
            >
              {t('staff.queue.handled')}
            </button>
          ) : null}
          {entry?.state === 'held' && !isNotice ? (
            <section className="staff-correct">
              <ServicePicker
                services={detail.services}
                chosen={releaseCode ?? entry.serviceCode}
                onChoose={setReleaseCode}
              />
              <button
                type="button"
                className="primary-button"
                data-testid="staff-release"
                disabled={act.pending}
                onClick={release}
              >
                {t('staff.queue.release')}
              </button>
            </section>
          ) : null}
          {isRequest && (entry.state === 'dead' || entry.state === 'held') ? (
            <CancelForm pending={act.pending} onCancel={cancel} />
          ) : null}
        </>
      ) : null}
      <button
        type="button"
        className="secondary-button"
        data-testid="staff-entry-close"
        onClick={onClose}
      >
        {t('staff.queue.close')}
      </button>
    </section>
  );
}
