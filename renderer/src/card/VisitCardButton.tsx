import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder } from '../../../contract/index.js';

interface VisitCardButtonProps {
  card: CardHolder;
  onUse: (card: CardHolder) => void;
}

/** A card already read in this visit, offered again so the resident need not place it twice. */
export function VisitCardButton({ card, onUse }: VisitCardButtonProps) {
  const { t } = useTranslation();
  return (
    <BigChoice
      data-testid="use-visit-card"
      onClick={() => onUse(card)}
      variant="outline"
      title={t('ask.who.sameCard', { name: card.name })}
      hint={card.maskedIdNumber}
    />
  );
}
