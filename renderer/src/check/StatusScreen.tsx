// How a request is going: the three stages with dates, the handler's latest note, when the kiosk
// last heard, a progress slip to take home, and for a finished request its rating or the way to
// give one. Opened by a typed ticket alone, it shows the stages only, and a large button to show
// the rest with the phone's last four digits.
import { useTranslation } from '../i18n/translation.js';
import type { RequestStatus } from '../../../contract/index.js';
import { useCategoryTitle } from '../catalog/useCategoryTitle.js';
import { StarRow } from '../components/Stars.js';
import { formatDateTime } from '../format/dateTime.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';
import { DemoReceiptButton } from '../printing/DemoReceiptButton.js';
import { SlipOutcome } from './SlipOutcome.js';
import type { RequestKey } from './requestKey.js';
import { StageTrack } from './StageTrack.js';
import { cancelReasonWords } from '../staff/requests/cancelReasonWords.js';
import { usePrintStatusSlip } from './usePrintStatusSlip.js';
import { Pager } from '../layout/Pager.js';

interface StatusScreenProps {
  status: RequestStatus;
  /** What opened the request, shown again to print a slip or rate. */
  requestKey: RequestKey;
  /** For a typed ticket: ask for the phone's last four digits to see the rest. */
  onUnlock: () => void;
  onRate: () => void;
  onDone: () => void;
  /** Demo mode only: opens the preview of what the printer received. */
  onShowReceipt?: () => void;
}

export function StatusScreen(props: StatusScreenProps) {
  const { status, requestKey, onUnlock, onRate, onDone, onShowReceipt } = props;
  const { t } = useTranslation();
  const localize = useLocalize();
  const language = useLanguage();
  const categoryTitle = useCategoryTitle(status.category);
  const full = status.access === 'full';
  const canRate = full && status.stage === 'done' && status.rating === null;
  const tags = status.rating?.tags ?? [];
  const [printSlip, printing, slip] = usePrintStatusSlip(requestKey);
  return (
    <main className="screen" data-testid="check-status">
      <h1>{status.need ? localize(status.need.title) : (categoryTitle ?? t('check.title'))}</h1>
      <p className="status__ticket" data-testid="status-ticket">
        {t('check.ticketLine', { ticket: status.ticket })}
      </p>
      <Pager
        listClassName="pager-column"
        items={[
          <StageTrack key="stages" status={status} />,
          ...(status.cancelled
            ? [
                <p
                  key="cancelled"
                  className="notice notice--attention"
                  role="status"
                  data-testid="status-cancelled"
                >
                  {t('check.cancelled.title')}: {cancelReasonWords(t, status.cancelled.reason)}
                  {status.cancelled.note
                    ? ` ${t('check.cancelled.note', { note: status.cancelled.note })}`
                    : ''}
                </p>,
              ]
            : []),
          full ? (
            <div key="note" className="status__note" data-testid="handler-note">
              <span className="status__note-label">{t('check.note')}</span>
              <span className="status__note-text">{status.handlerNote ?? t('check.noNote')}</span>
            </div>
          ) : (
            <p
              key="note"
              className="notice notice--attention"
              role="status"
              data-testid="status-stage-only"
            >
              {t('check.unlock.why')}
            </p>
          ),
          <p key="updated" className="status__updated" data-testid="last-updated">
            {t('check.lastUpdated', { when: formatDateTime(status.lastUpdatedAt, language) })}
          </p>,
          ...(status.rating
            ? [
                <div key="rating" className="status__rating" data-testid="status-rating">
                  <span>{t('check.yourRating')}</span>
                  <StarRow
                    stars={status.rating.stars}
                    label={t('rate.starsLabel', { stars: status.rating.stars })}
                  />
                  {tags.length > 0 ? (
                    <span>
                      {tags.map((tag) => t(`rate.tags.${tag}`)).join(t('rate.tagJoiner'))}
                    </span>
                  ) : null}
                </div>,
              ]
            : []),
        ]}
      />
      {slip ? <SlipOutcome key={slip.jobId} outcome={slip} /> : null}
      {printing.error ? (
        <p className="notice notice--error" role="alert" data-testid="slip-error">
          {t('check.slip.failed')}
        </p>
      ) : null}
      <div className="action-row">
        {full ? (
          <button
            type="button"
            className="primary-button primary-button--large"
            data-testid="print-slip"
            disabled={printing.pending}
            onClick={printSlip}
          >
            {t('check.slip.print')}
          </button>
        ) : (
          <button
            type="button"
            className="primary-button primary-button--large"
            data-testid="unlock-open"
            onClick={onUnlock}
          >
            {t('check.unlock.open')}
          </button>
        )}
        {canRate ? (
          <button type="button" className="primary-button" data-testid="rate-open" onClick={onRate}>
            {t('check.rate')}
          </button>
        ) : null}
        <button type="button" className="secondary-button" data-testid="done" onClick={onDone}>
          {t('common.done')}
        </button>
        {onShowReceipt ? <DemoReceiptButton onOpen={onShowReceipt} /> : null}
      </div>
    </main>
  );
}
