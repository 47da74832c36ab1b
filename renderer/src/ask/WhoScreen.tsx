// Step 4: who is asking. The ID card fills it in; a phone number is always the other way.
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder } from '../../../contract/index.js';
import { CardReaderPanel } from '../card/CardReaderPanel.js';
import { VisitCardButton } from '../card/VisitCardButton.js';

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
      {visitCard ? <VisitCardButton card={visitCard} onUse={onCard} /> : null}
      <CardReaderPanel
        onCard={onCard}
        demoMode={demoMode}
        fallbackLabel={t('ask.who.usePhone')}
        onFallback={onPhone}
      />
    </main>
  );
}
