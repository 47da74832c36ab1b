// The end of "Ask for help": the ticket number in the largest print, who will help, and the
// receipt (or, when the printer needs staff, the receipt's content on screen). The first frame
// holds the heading, the ticket and the receipt's state (and any danger offer); who can help is
// drawn the frame after (useAfterFirstPaint.ts), so a slow kiosk PC shows "提交好了" sooner.
import { useTranslation } from '../i18n/translation.js';
import type { SubmittedRequest } from '../../../contract/index.js';
import { useCategoryTitle } from '../catalog/useCategoryTitle.js';
import { HelpContacts } from '../components/HelpContacts.js';
import { formatDateTime } from '../format/dateTime.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';
import { DemoReceiptButton } from '../printing/DemoReceiptButton.js';
import { DangerOffer } from './DangerOffer.js';
import { PassedToStaff } from './PassedToStaff.js';
import { useReceiptOutcome } from '../printing/useReceiptOutcome.js';
import { Pager } from '../layout/Pager.js';
import { useAfterFirstPaint } from './useAfterFirstPaint.js';

interface ResultScreenProps {
  result: SubmittedRequest;
  onDone: () => void;
  /** Demo mode only: opens the preview of what the printer received. */
  onShowReceipt?: () => void;
  /** Opens the emergency screen, offered first when the words signal danger. */
  onEmergency?: () => void;
}

export function ResultScreen({ result, onDone, onShowReceipt, onEmergency }: ResultScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const language = useLanguage();
  const categoryTitle = useCategoryTitle(result.category);
  const receipt = useReceiptOutcome(result.receipt);
  const helpShown = useAfterFirstPaint();
  return (
    <main className="screen result" data-testid="ask-result">
      {result.matching?.danger ? (
        <DangerOffer danger={result.matching.danger} onEmergency={onEmergency} />
      ) : null}
      <h1>{t('result.title')}</h1>
      <Pager
        listClassName={`receipt receipt--${receipt}`}
        testId="receipt"
        measureAgainWhen={receipt}
        items={[
          <div key="receipt" className="receipt__main">
            <p
              className={`notice ${receipt === 'printed' ? 'notice--success' : 'notice--attention'}`}
              role="status"
              data-testid="receipt-outcome"
              data-receipt={receipt}
            >
              {t(`result.receipt.${receipt}`)}
            </p>
            <div className="receipt__box">
              <div className="receipt__ticket">
                <span className="receipt__ticket-label">{t('result.ticket')}</span>
                <span className="receipt__ticket-number" data-testid="ticket-number">
                  {result.ticket}
                </span>
              </div>
              {receipt === 'not-printed' ? (
                <figure className="receipt__qr" data-testid="receipt-qr">
                  <img src={result.lookupQr} alt={t('result.qrAlt')} />
                  <figcaption>{t('result.qrHint')}</figcaption>
                </figure>
              ) : null}
              <dl className="facts facts--compact">
                <div className="facts__row">
                  <dt>{t('ask.confirm.need')}</dt>
                  <dd>
                    {[
                      categoryTitle,
                      result.need ? localize(result.need.title) : t('ask.need.other'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </dd>
                </div>
                <div className="facts__row">
                  <dt>{t('result.time')}</dt>
                  <dd>{formatDateTime(result.createdAt, language)}</dd>
                </div>
                {result.maskedName ? (
                  <div className="facts__row">
                    <dt>{t('ask.confirm.name')}</dt>
                    <dd>{result.maskedName}</dd>
                  </div>
                ) : null}
              </dl>
              <p className="result__upstream" data-testid="upstream">
                {result.upstream === 'forwarded' ? t('result.forwarded') : t('result.queued')}
              </p>
            </div>
          </div>,
          ...(helpShown && result.matches.length > 0
            ? [
                <div key="matches" className="receipt__box">
                  <HelpContacts
                    part="matches"
                    matches={result.matches}
                    gridContact={result.gridContact}
                    hotline={result.hotline}
                  />
                </div>,
              ]
            : []),
          ...(helpShown
            ? [
                <div key="people" className="receipt__box">
                  {result.matching?.outcome === 'for-staff' ? <PassedToStaff /> : null}
                  <HelpContacts
                    part="people"
                    matches={result.matches}
                    gridContact={result.gridContact}
                    hotline={result.hotline}
                  />
                </div>,
              ]
            : []),
        ]}
      />
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large result__done"
          data-testid="done"
          onClick={onDone}
        >
          {t('common.done')}
        </button>
        {onShowReceipt ? <DemoReceiptButton onOpen={onShowReceipt} /> : null}
      </div>
    </main>
  );
}
