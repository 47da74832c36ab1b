// The top of the upload queue: how many entries are in each state, how long the oldest has
// waited, when the kiosk last reached the centre, why sending is stuck, and "Retry now".
import { useTranslation } from '../../i18n/translation.js';
import type { StaffQueueView } from '../../../../contract/staffQueue.js';
import { formatDateTime } from '../../format/dateTime.js';
import { useLanguage } from '../../i18n/useLocalize.js';
import { minutesOf } from './queueWords.js';

interface QueueSummaryProps {
  queue: StaffQueueView;
  /** Why the platform's list of services could not be read last time (getKioskInfo). */
  platformProblem: string | null;
  retrying: boolean;
  retried: { broughtForward: number; released: number } | null;
  onRetryNow: () => void;
}

export function QueueSummary(props: QueueSummaryProps) {
  const { queue, platformProblem, retrying, retried, onRetryNow } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="staff-queue__summary" data-testid="staff-queue-summary">
      {queue.configured ? (
        <>
          <p data-testid="staff-queue-counts">{t('staff.queue.countsLine', queue.counts)}</p>
          {queue.oldestAgeSeconds !== null ? (
            <p>{t('staff.queue.oldest', { minutes: minutesOf(queue.oldestAgeSeconds) })}</p>
          ) : null}
          <p data-testid="staff-queue-contact">
            {queue.lastContactAt
              ? t('staff.queue.lastContact', { at: formatDateTime(queue.lastContactAt, language) })
              : t('staff.queue.neverContact')}
          </p>
          {queue.stalledReason ? (
            <p>{t('staff.queue.stalled', { reason: queue.stalledReason })}</p>
          ) : null}
          {platformProblem ? (
            <p>{t('staff.queue.platformProblem', { reason: platformProblem })}</p>
          ) : null}
          <div className="staff-actions">
            <button
              type="button"
              className="secondary-button"
              data-testid="staff-queue-retry"
              disabled={retrying}
              onClick={onRetryNow}
            >
              {t('staff.queue.retryNow')}
            </button>
            {retried ? (
              <p role="status" data-testid="staff-queue-retried">
                {t('staff.queue.retried', {
                  count: retried.broughtForward,
                  released: retried.released,
                })}
              </p>
            ) : null}
          </div>
        </>
      ) : (
        <p>{t('staff.queue.noCentre')}</p>
      )}
    </section>
  );
}
