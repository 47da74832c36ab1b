// Staff-only: what is stuck on the way to the centre. The queue's state from getKioskInfo (waiting,
// held and why, paused and why), then every request the platform refused, with each error it gave.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskInfo } from '../../../contract/index.js';
import type { StaffUploadQueue } from '../../../contract/staff.js';
import { KioskApiError, type KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';

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
  const [queue, setQueue] = useState<StaffUploadQueue | null>(null);
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('getStaffUploadQueue', { token }),
      client.call('getKioskInfo', {}),
    ]).then(
      ([letters, kiosk]) => {
        if (!live) return;
        setQueue(letters);
        setInfo(kiosk);
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof KioskApiError && error.code === 'unauthorized') onUnauthorized();
        else setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [client, token, onUnauthorized]);

  const upstream = info?.upstream;
  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-queue-title"
      data-testid="staff-queue"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue">
        <h1 id="staff-queue-title">{t('staff.queue.title')}</h1>
        {failed ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        {upstream ? (
          <section className="staff-queue__summary" data-testid="staff-queue-summary">
            <p>
              {upstream.configured
                ? t('staff.queue.summary', {
                    waiting: upstream.queueDepth,
                    held: upstream.held,
                    refused: upstream.deadLetters,
                  })
                : t('staff.queue.noCentre')}
            </p>
            {upstream.heldReason ? (
              <p>{t('staff.queue.heldReason', { reason: upstream.heldReason })}</p>
            ) : null}
            {upstream.stalled ? (
              <p>
                {t('staff.queue.paused', {
                  reason: upstream.stalled.reason ?? '—',
                  until: upstream.stalled.nextAttemptAt,
                })}
              </p>
            ) : null}
            {info.platform.lastRefreshError ? (
              <p>{t('staff.queue.platformProblem', { reason: info.platform.lastRefreshError })}</p>
            ) : null}
          </section>
        ) : null}
        {queue ? (
          queue.deadLetters.length === 0 ? (
            <p data-testid="staff-queue-empty">{t('staff.queue.empty')}</p>
          ) : (
            <ul className="staff-queue__list">
              {queue.deadLetters.map((letter) => (
                <li key={letter.outboxId} data-testid="staff-dead-letter">
                  <h2>{t('staff.queue.ticket', { ticket: letter.ticket })}</h2>
                  <p>
                    {t('staff.queue.reason', {
                      reason: letter.reason,
                      status: letter.httpStatus ?? '—',
                      at: letter.deadAt,
                    })}
                  </p>
                  <ul>
                    {letter.errors.map((error, index) => (
                      <li key={`${error.code}-${index}`}>
                        <code>{error.code}</code> {error.description}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </div>
  );
}
