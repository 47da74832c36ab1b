// The grid worker from the ID card: the card is read as in every journey, the kiosk places the
// address printed on it in a grid (the page never sees the address), and a card whose address
// fits no grid leads to the street list.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { CardHolder, ContactInfo } from '../../../contract/index.js';
import { CardReaderPanel } from '../card/CardReaderPanel.js';
import { VisitCardButton } from '../card/VisitCardButton.js';
import { useContactLookup } from './useContactInfo.js';

interface ContactCardScreenProps {
  demoMode: boolean;
  hotline: string;
  visitCard: CardHolder | null;
  onCard: (card: CardHolder) => void;
  onFound: (info: ContactInfo) => void;
  onStreets: () => void;
}

export function ContactCardScreen(props: ContactCardScreenProps) {
  const { demoMode, hotline, visitCard, onCard, onFound, onStreets } = props;
  const { t } = useTranslation();
  const [find, { pending, error }] = useContactLookup(onFound);
  const findFor = useCallback(
    (card: CardHolder) => find({ by: 'card', cardToken: card.token }),
    [find],
  );
  const cardRead = useCallback(
    (card: CardHolder) => {
      onCard(card);
      findFor(card);
    },
    [onCard, findFor],
  );
  return (
    <main className="screen" data-testid="contact-card">
      <h1>{t('contact.card.title')}</h1>
      {visitCard ? <VisitCardButton card={visitCard} onUse={findFor} /> : null}
      {pending ? (
        <p className="loading" role="status">
          {t('contact.card.looking')}
        </p>
      ) : (
        <CardReaderPanel
          onCard={cardRead}
          demoMode={demoMode}
          fallbackLabel={t('contact.card.useStreet')}
          onFallback={onStreets}
        />
      )}
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="contact-card-error">
          {t('contact.card.failed', { hotline })}
        </p>
      ) : null}
    </main>
  );
}
