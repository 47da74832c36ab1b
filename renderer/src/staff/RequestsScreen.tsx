// Staff-only: the requests made on this kiosk, newest first, each with where it is on its way to
// the centre in plain words. No names or phone numbers: only tickets and their journey.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRequestLine } from '../../../contract/staff.js';
import { KioskApiError, type KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';

interface RequestsScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

export function RequestsScreen({ client, token, onClose, onUnauthorized }: RequestsScreenProps) {
  const { t } = useTranslation();
  const [requests, setRequests] = useState<StaffRequestLine[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    client.call('getStaffRequests', { token }).then(
      (listed) => live && setRequests(listed.requests),
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

  const journey = (line: StaffRequestLine): string => {
    if (line.upload === 'sent') return t('staff.requests.sent');
    if (line.upload === 'dead')
      return t('staff.requests.refused', { reason: line.lastError ?? '—' });
    if (line.upload === 'held') return t('staff.requests.held', { reason: line.heldReason ?? '—' });
    if (line.upload === 'waiting') return t('staff.requests.waiting', { attempts: line.attempts });
    return t('staff.requests.notQueued');
  };

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-requests-title"
      data-testid="staff-requests"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue">
        <h1 id="staff-requests-title">{t('staff.requests.title')}</h1>
        {failed ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        {requests && requests.length === 0 ? (
          <p data-testid="staff-requests-empty">{t('staff.requests.empty')}</p>
        ) : null}
        {requests && requests.length > 0 ? (
          <ul className="staff-queue__list">
            {requests.map((line) => (
              <li key={line.ticket} data-testid="staff-request">
                <h2>
                  {t('staff.queue.ticket', { ticket: line.ticket })}
                  {line.emergency ? ` · ${t('staff.requests.emergency')}` : ''}
                  {line.urgency === 'urgent' && !line.emergency
                    ? ` · ${t('staff.requests.urgent')}`
                    : ''}
                </h2>
                <p>{t('staff.requests.made', { at: line.createdAt, category: line.category })}</p>
                <p>{journey(line)}</p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
