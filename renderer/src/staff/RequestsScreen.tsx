// Staff-only: the requests made on this kiosk. The receipts that did not print come first, each
// with "Reprint"; then a search by ticket, phone digits, day or stage (the newest requests until
// staff search), and each request's masked details (requests/RequestDetailView.tsx).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { StaffRequestMatch } from '../../../contract/staffQueue.js';
import type { KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';
import { formatDateTime } from '../format/dateTime.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { useStaffAction } from './queue/useStaffAction.js';
import './queue/queue.css';
import { FailedPrints } from './requests/FailedPrints.js';
import { stageWords } from './requests/printWords.js';
import { RequestDetailView } from './requests/RequestDetailView.js';
import { type RequestCriteria, RequestSearch } from './requests/RequestSearch.js';

interface RequestsScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

export function RequestsScreen({ client, token, onClose, onUnauthorized }: RequestsScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [requests, setRequests] = useState<StaffRequestMatch[] | null>(null);
  const [searched, setSearched] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const load = useStaffAction(onUnauthorized);
  const { run } = load;

  const find = useCallback(
    (criteria: RequestCriteria) =>
      run(
        () => client.call('findStaffRequests', { token, ...criteria }),
        (result) => setRequests(result.requests),
      ),
    [client, token, run],
  );
  useEffect(() => find({}), [find]);

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-requests-title"
      data-testid="staff-requests"
    >
      <NavBar onBack={opened === null ? onClose : () => setOpened(null)} onHome={onClose} />
      <div className="staff-queue">
        <h1 id="staff-requests-title">{t('staff.requests.title')}</h1>
        {load.error ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        {opened !== null ? (
          <RequestDetailView
            client={client}
            token={token}
            ticket={opened}
            onUnauthorized={onUnauthorized}
          />
        ) : (
          <>
            <FailedPrints client={client} token={token} onUnauthorized={onUnauthorized} />
            <RequestSearch
              onFind={(criteria) => {
                setSearched(true);
                find(criteria);
              }}
            />
            {requests && requests.length === 0 ? (
              <p data-testid={searched ? 'staff-requests-none-found' : 'staff-requests-empty'}>
                {searched ? t('staff.requests.noneFound') : t('staff.requests.empty')}
              </p>
            ) : null}
            {requests && requests.length > 0 ? (
              <ul className="staff-queue__list">
                {requests.map((line) => (
                  <li key={line.ticket} data-testid="staff-request" data-ticket={line.ticket}>
                    <h2>
                      {t('staff.queue.ticket', { ticket: line.ticket })} ·{' '}
                      {stageWords(t, line.stage)}
                      {line.emergency ? ` · ${t('staff.requests.emergency')}` : ''}
                      {line.urgency === 'urgent' && !line.emergency
                        ? ` · ${t('staff.requests.urgent')}`
                        : ''}
                    </h2>
                    <p>
                      {t('staff.requests.made', {
                        at: formatDateTime(line.createdAt, language),
                        category: line.category,
                      })}
                    </p>
                    <p>
                      {t('staff.requests.contactLine', {
                        name: line.maskedName ?? '—',
                        phone: line.maskedPhone ?? '—',
                      })}
                    </p>
                    <button
                      type="button"
                      className="secondary-button"
                      data-testid="staff-request-open"
                      onClick={() => setOpened(line.ticket)}
                    >
                      {t('staff.requests.details')}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
