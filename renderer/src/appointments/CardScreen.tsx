// Step 4 with the ID card: read as in every journey (or the card already read in this visit),
// and a way on with a phone number instead for a resident without their card.
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder } from '../../../contract/index.js';
import { CardReaderPanel } from '../card/CardReaderPanel.js';
import { VisitCardButton } from '../card/VisitCardButton.js';

interface CardScreenProps {
  demoMode: boolean;
  visitCard: CardHolder | null;
  onCard: (card: CardHolder) => void;
  onPhone: () => void;
}

export function CardScreen({ demoMode, visitCard, onCard, onPhone }: CardScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen" data-testid="appointments-card">
      <h1>{t('appointments.card.title')}</h1>
      {visitCard ? <VisitCardButton card={visitCard} onUse={onCard} /> : null}
      <CardReaderPanel
        onCard={onCard}
        demoMode={demoMode}
        fallbackLabel={t('appointments.card.usePhone')}
        onFallback={onPhone}
      />
    </main>
  );
}
