// "Check my request": the ticket's digits, the ID card, or the receipt's QR code under the
// scanner, which works at any moment on this screen.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { RequestStatus } from '../../../contract/index.js';
import { useWedgeScanner } from '../scanner/useWedgeScanner.js';
import { LookupError } from './LookupError.js';
import { ScanPicture } from './ScanPicture.js';
import type { RequestKey } from './requestKey.js';
import { useTicketLookup } from './useTicketLookup.js';
import { Pager } from '../layout/Pager.js';

interface CheckMenuScreenProps {
  hotline: string;
  onDigits: () => void;
  onCard: () => void;
  onFound: (status: RequestStatus, key: RequestKey) => void;
}

export function CheckMenuScreen({ hotline, onDigits, onCard, onFound }: CheckMenuScreenProps) {
  const { t } = useTranslation();
  const [lookup, state] = useTicketLookup(onFound);
  const { pending } = state;
  useWedgeScanner(true, lookup);
  return (
    <main className="screen" data-testid="check-menu">
      <h1>{t('check.title')}</h1>
      <Pager
        listClassName="choice-grid"
        items={[
          <BigChoice
            key="digits"
            data-testid="check-by-digits"
            onClick={onDigits}
            title={t('check.byDigits')}
            hint={t('check.byDigitsHint')}
          />,
          <BigChoice
            key="card"
            data-testid="check-by-card"
            onClick={onCard}
            title={t('check.byCard')}
            hint={t('check.byCardHint')}
          />,
          <div key="scan" className="scan-panel" data-testid="check-by-scan">
            <ScanPicture />
            <p className="scan-panel__title">{t('check.byScan')}</p>
            <p>{t('check.byScanHint')}</p>
          </div>,
        ]}
      />
      {pending ? (
        <p className="loading" role="status">
          {t('check.looking')}
        </p>
      ) : null}
      <LookupError state={state} hotline={hotline} />
    </main>
  );
}
