// Staff-only: what is on its way to the centre and what is stuck. Counts by state, the oldest
// entry's age, the last contact with the centre and "Retry now"; then every entry not yet settled
// (waiting, being sent, held, refused), oldest first, each opening to what the centre said, the
// form as sent (masked) and what staff can do about it (queue/QueueEntryScreen.tsx).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { StaffQueueView } from '../../../contract/staffQueue.js';
import type { KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';
import { QueueEntryScreen } from './queue/QueueEntryScreen.js';
import { QueueSummary } from './queue/QueueSummary.js';
import { minutesOf, queueEntryTitle, queueStateWords } from './queue/queueWords.js';
import { useStaffAction } from './queue/useStaffAction.js';
import './queue/queue.css';

interface UploadQueueScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  /** The session lapsed: staff mode ends. */
  onUnauthorized: () => void;
}

export function UploadQueueScreen({
  client,
  token,
  onClose,
  onUnauthorized,
}: UploadQueueScreenProps) {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<StaffQueueView | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const [platformProblem, setPlatformProblem] = useState<string | null>(null);
  const [retried, setRetried] = useState<{ broughtForward: number; released: number } | null>(null);
  const load = useStaffAction(onUnauthorized);
  const retry = useStaffAction(onUnauthorized);
  const { run } = load;

  const reload = useCallback(() => {
    run(() => client.call('getStaffQueue', { token }), setQueue);
    client.call('getKioskInfo', {}).then(
      (info) => setPlatformProblem(info.platform.lastRefreshError),
      () => setPlatformProblem(null),
    );
  }, [client, token, run]);
  useEffect(() => {
    if (opened === null) reload();
  }, [reload, opened]);

  const retryNow = () =>
    retry.run(
      () => client.call('staffRetryNow', { token }),
      (result) => {
        setRetried(result);
        reload();
      },
    );

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-queue-title"
      data-testid="staff-queue"
    >
      <NavBar onBack={opened === null ? onClose : () => setOpened(null)} onHome={onClose} />
      <div className="staff-queue">
        <h1 id="staff-queue-title">{t('staff.queue.title')}</h1>
        {load.error || retry.error ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        {opened !== null ? (
          <QueueEntryScreen
            client={client}
            token={token}
            outboxId={opened}
            onClose={() => setOpened(null)}
            onUnauthorized={onUnauthorized}
          />
        ) : queue ? (
          <>
            <QueueSummary
              queue={queue}
              platformProblem={platformProblem}
              retrying={retry.pending}
              retried={retried}
              onRetryNow={retryNow}
            />
            {queue.entries.length === 0 ? (
              <p data-testid="staff-queue-empty">{t('staff.queue.nothingWaiting')}</p>
            ) : (
              <ul className="staff-queue__list">
                {queue.entries.map((entry) => (
                  <li
                    key={entry.outboxId}
                    data-testid="staff-queue-line"
                    data-ticket={entry.ticket}
                    data-state={entry.state}
                  >
                    <h2>{queueEntryTitle(t, entry)}</h2>
                    <p>
                      {t('staff.queue.entryLine', {
                        state: queueStateWords(t, entry.state),
                        minutes: minutesOf(entry.ageSeconds),
                        attempts: entry.attempts,
                      })}
                    </p>
                    {entry.lastError ? <p>{entry.lastError}</p> : null}
                    {entry.heldReason ? (
                      <p>{t('staff.queue.heldReason', { reason: entry.heldReason })}</p>
                    ) : null}
                    <button
                      type="button"
                      className="secondary-button"
                      data-testid="staff-queue-open"
                      onClick={() => setOpened(entry.outboxId)}
                    >
                      {t('staff.queue.open')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
