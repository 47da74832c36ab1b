// Step 4: who is asking. The ID card fills it in; a phone number is always the other way.
import { useTranslation } from 'react-i18next';
import type { CardHolder } from '../../../contract/index.js';
import { CardReaderPanel } from '../card/CardReaderPanel.js';

interface WhoScreenProps {
  /** A card already read in this visit, offered again so it need not be placed twice. */
  visitCard: CardHolder | null;
  demoMode: boolean;
  onCard: (card: CardHolder) => void;
  onPhone: () => void;
}

export function WhoScreen({ visitCard, demoMode, onCard, onPhone }: WhoScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen" data-testid="ask-who">
      <h1>{t('card.title')}</h1>
      {visitCard ? (
        <button
          type="button"
          className="big-choice big-choice--outline"
          data-testid="use-visit-card"
          onClick={() => onCard(visitCard)}
        >
          <span className="big-choice__title">
            {t('ask.who.sameCard', { name: visitCard.name })}
          </span>
          <span className="big-choice__hint">{visitCard.maskedIdNumber}</span>
        </button>
      ) : null}
      <CardReaderPanel
        onCard={onCard}
        demoMode={demoMode}
        fallbackLabel={t('ask.who.usePhone')}
        onFallback={onPhone}
      />
    </main>
  );
}
