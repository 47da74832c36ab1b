// The booking made: its code printed large on screen and on the receipt, the service, day and
// time, and "waiting for confirmation" when the centre has not accepted it yet (booked while it
// was away). One large button home, which forgets the visit.
import { useTranslation } from '../i18n/translation.js';
import type { BookingMade } from '../../../contract/index.js';
import { BookingFacts } from './BookingFacts.js';
import { BookingReceiptOutcome } from './BookingReceiptOutcome.js';

export function BookingResultScreen({ made, onDone }: { made: BookingMade; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen" data-testid="appointments-result">
      <h1>{t('appointments.result.title')}</h1>
      <BookingFacts booking={made.booking} />
      <BookingReceiptOutcome key={made.receipt.jobId} outcome={made.receipt} />
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="appointments-finish"
          onClick={onDone}
        >
          {t('common.done')}
        </button>
      </div>
    </main>
  );
}
