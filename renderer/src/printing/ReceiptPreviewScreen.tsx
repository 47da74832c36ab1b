// Demo mode: the newest receipt exactly as the simulated printer got it, for a tester or trainer.
import { useTranslation } from '../i18n/translation.js';
import { Loading } from '../components/Loading.js';
import { PaperReceipt } from './PaperReceipt.js';
import { useNewestDemoReceipt } from './useNewestDemoReceipt.js';

export function ReceiptPreviewScreen() {
  const { t } = useTranslation();
  const newest = useNewestDemoReceipt();
  return (
    <main className="screen" data-testid="receipt-preview">
      <h1>{t('receiptPreview.title')}</h1>
      <p className="screen__lead">{t('receiptPreview.lead')}</p>
      {newest.status === 'loading' ? <Loading /> : null}
      {newest.status === 'none' ? (
        <p className="notice notice--attention" role="status" data-testid="receipt-preview-none">
          {t('receiptPreview.none')}
        </p>
      ) : null}
      {newest.status === 'failed' ? (
        <p className="notice notice--error" role="alert" data-testid="receipt-preview-failed">
          {t('receiptPreview.failed')}
        </p>
      ) : null}
      {newest.status === 'ready' ? <PaperReceipt receipt={newest.receipt} /> : null}
    </main>
  );
}
