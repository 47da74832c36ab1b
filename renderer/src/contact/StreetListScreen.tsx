// The streets and estates of the community, one large button each, paged when they do not fit:
// the way to a grid worker without a card, or when the card's address fits no grid.
import { useRef } from 'react';
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { ContactInfo, StreetChoice } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import { useContactLookup } from './useContactInfo.js';

interface StreetListScreenProps {
  streets: StreetChoice[];
  cardNoGrid: boolean;
  hotline: string;
  onFound: (info: ContactInfo, street: StreetChoice) => void;
}

export function StreetListScreen({ streets, cardNoGrid, hotline, onFound }: StreetListScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const chosen = useRef<StreetChoice | null>(null);
  const [find, { pending, error }] = useContactLookup((info) => {
    if (chosen.current) onFound(info, chosen.current);
  });
  return (
    <main className="screen" data-testid="contact-streets">
      <h1>{t('contact.streets.title')}</h1>
      {cardNoGrid ? (
        <p className="notice notice--attention" role="status" data-testid="contact-card-no-grid">
          {t('contact.streets.cardNoGrid')}
        </p>
      ) : null}
      {streets.length === 0 ? (
        <p className="notice notice--attention" role="status" data-testid="contact-no-streets">
          {t('contact.streets.none', { hotline })}
        </p>
      ) : (
        <Pager
          listClassName="choice-grid"
          items={streets.map((street) => (
            <BigChoice
              key={street.key}
              data-testid={`street-${street.key}`}
              disabled={pending}
              onClick={() => {
                chosen.current = street;
                find({ by: 'street', street: street.key });
              }}
              variant="outline"
              title={localize(street.name)}
            />
          ))}
        />
      )}
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="contact-street-error">
          {t('contact.failed', { hotline })}
        </p>
      ) : null}
    </main>
  );
}
