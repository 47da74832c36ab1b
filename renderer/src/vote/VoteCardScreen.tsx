// "Place your ID card": one ballot per resident per round is checked by the card, so the vote
// needs it. The card read earlier in this visit is offered again; without a card the resident
// goes back to the choices (and the front desk can help).
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder } from '../../../contract/index.js';
import { CardReaderPanel } from '../card/CardReaderPanel.js';
import { VisitCardButton } from '../card/VisitCardButton.js';

interface VoteCardScreenProps {
  demoMode: boolean;
  visitCard: CardHolder | null;
  onCard: (card: CardHolder) => void;
  onBack: () => void;
}

export function VoteCardScreen({ demoMode, visitCard, onCard, onBack }: VoteCardScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen" data-testid="vote-card">
      <h1>{t('vote.card.title')}</h1>
      <p className="screen__lead">{t('vote.card.why')}</p>
      {visitCard ? <VisitCardButton card={visitCard} onUse={onCard} /> : null}
      <CardReaderPanel
        onCard={onCard}
        demoMode={demoMode}
        fallbackLabel={t('vote.card.noCard')}
        onFallback={onBack}
      />
    </main>
  );
}
