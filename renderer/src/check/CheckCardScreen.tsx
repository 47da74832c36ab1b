// "Check my request" by ID card: read the card, then list that resident's requests.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder, RequestStatus } from '../../../contract/index.js';
import { CardReaderPanel } from '../card/CardReaderPanel.js';
import { useFindMyRequests } from './useFindMyRequests.js';
import { VisitCardButton } from '../card/VisitCardButton.js';

interface CheckCardScreenProps {
  demoMode: boolean;
  hotline: string;
  visitCard: CardHolder | null;
  onCard: (card: CardHolder) => void;
  onFound: (requests: RequestStatus[], card: CardHolder) => void;
  onDigits: () => void;
}

export function CheckCardScreen(props: CheckCardScreenProps) {
  const { demoMode, hotline, visitCard, onCard, onFound, onDigits } = props;
  const { t } = useTranslation();
  const [find, { pending, error }] = useFindMyRequests(onFound);
  const cardRead = useCallback(
    (card: CardHolder) => {
      onCard(card);
      find(card);
    },
    [onCard, find],
  );
  return (
    <main className="screen" data-testid="check-card">
      <h1>{t('card.title')}</h1>
      {visitCard ? <VisitCardButton card={visitCard} onUse={find} /> : null}
      {pending ? (
        <p className="loading" role="status">
          {t('check.looking')}
        </p>
      ) : (
        <CardReaderPanel
          onCard={cardRead}
          demoMode={demoMode}
          fallbackLabel={t('check.useDigits')}
          onFallback={onDigits}
        />
      )}
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="lookup-error">
          {t('check.cardFailed', { hotline })}
        </p>
      ) : null}
    </main>
  );
}
