// A receipt as the simulated printer decoded it: its lines in a monospace paper strip, then each
// QR code as a box with what it holds written under it, and where the paper was cut.
import { useTranslation } from '../i18n/translation.js';
import { QrBox } from './QrBox.js';
import type { DemoReceipt } from './useNewestDemoReceipt.js';

export function PaperReceipt({ receipt }: { receipt: DemoReceipt }) {
  const { t } = useTranslation();
  return (
    <div className="paper" data-testid="paper-receipt">
      <ol className="paper__lines" data-testid="paper-lines">
        {receipt.lines.map((line, index) => (
          <li key={index} className="paper__line">
            {line || '\u00a0'}
          </li>
        ))}
      </ol>
      {receipt.qrPayloads.map((payload, index) => (
        <figure key={index} className="paper__qr" data-testid="paper-qr">
          <QrBox />
          <figcaption className="paper__qr-payload">
            <span className="paper__qr-label">{t('receiptPreview.qr')}</span>
            {payload}
          </figcaption>
        </figure>
      ))}
      {receipt.cut ? (
        <p className="paper__cut" data-testid="paper-cut">
          {t('receiptPreview.cut')}
        </p>
      ) : null}
    </div>
  );
}
