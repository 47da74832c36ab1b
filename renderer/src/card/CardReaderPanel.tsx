// "Place your ID card on the reader": the picture, what the reader is doing right now, and when a
// read fails, what happened in plain words and what to do next. The other way on (a phone number,
// a ticket number) is always on screen.
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder } from '../../../contract/index.js';
import { CardPicture } from './CardPicture.js';
import { useDemoParts } from '../visit/DemoPartsContext.js';
import { useCardReading } from './useCardReading.js';

interface CardReaderPanelProps {
  onCard: (card: CardHolder) => void;
  demoMode: boolean;
  /** The way on without a card, e.g. "Use a phone number instead". */
  fallbackLabel: string;
  onFallback: () => void;
}

export function CardReaderPanel({
  onCard,
  demoMode,
  fallbackLabel,
  onFallback,
}: CardReaderPanelProps) {
  const { t } = useTranslation();
  const { reading, retry } = useCardReading(onCard);
  const demo = useDemoParts();
  const phase = reading.phase;
  const failed = phase === 'error' || phase === 'unavailable';
  const problem =
    reading.phase === 'error'
      ? reading.category
      : phase === 'unavailable' || phase === 'disconnected'
        ? 'reader-fault'
        : null;

  return (
    <div className="card-reader" data-testid="card-reader" data-phase={phase}>
      <div className="card-reader__picture">
        <CardPicture />
        <p className="card-reader__where">{t('card.where')}</p>
      </div>
      <div className="card-reader__side">
        {problem ? (
          <div className="notice notice--error" role="alert" data-testid="card-error">
            <p className="notice__title">{t(`card.errors.${problem}.title`)}</p>
            <p>{t(`card.errors.${problem}.next`)}</p>
          </div>
        ) : (
          <p className="card-reader__status" role="status" data-testid="card-status">
            {t(`card.phases.${phase}`)}
          </p>
        )}
        {failed ? (
          <button
            type="button"
            className="secondary-button"
            data-testid="card-retry"
            onClick={retry}
          >
            {t('card.tryAgain')}
          </button>
        ) : null}
        <button
          type="button"
          className="primary-button"
          data-testid="card-fallback"
          onClick={onFallback}
        >
          {fallbackLabel}
        </button>
        {demoMode && demo ? <demo.DemoCardPicker /> : null}
      </div>
    </div>
  );
}
