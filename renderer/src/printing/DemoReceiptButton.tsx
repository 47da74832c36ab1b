// Demo mode only: a discreet (but still 60 px) way for a tester or trainer to see what the
// simulated printer received.
import { useTranslation } from '../i18n/translation.js';

export function DemoReceiptButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="demo-receipt-button"
      data-testid="demo-receipt-open"
      onClick={onOpen}
    >
      {t('receiptPreview.open')}
    </button>
  );
}
