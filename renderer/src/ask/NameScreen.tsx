// An optional name without a keyboard: tap a surname, then 先生 or 女士 (Mr or Ms); or skip.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { type Honorific, type SurnameId, honorifics, surnameIds } from './surnames.js';
import { Pager } from '../layout/Pager.js';

interface NameScreenProps {
  onNext: (name: string | null) => void;
}

export function NameScreen({ onNext }: NameScreenProps) {
  const { t } = useTranslation();
  const [surname, setSurname] = useState<SurnameId | null>(null);
  return (
    <main className="screen" data-testid="ask-name">
      <h1>{surname ? t('ask.name.titleHonorific') : t('ask.name.title')}</h1>
      <p className="screen__lead">{t('ask.name.lead')}</p>
      {surname === null ? (
        <Pager
          listClassName="surname-grid"
          label={t('ask.name.title')}
          items={surnameIds.map((surnameId) => (
            <button
              key={surnameId}
              type="button"
              className="surname"
              data-testid={`surname-${surnameId}`}
              onClick={() => setSurname(surnameId)}
            >
              {t(`ask.name.surnames.${surnameId}`)}
            </button>
          ))}
        />
      ) : (
        <div className="choice-grid choice-grid--two">
          {honorifics.map((honorific: Honorific) => {
            const surnameId = surname;
            const name = t(`ask.name.compose.${honorific}`, {
              surname: t(`ask.name.surnames.${surnameId}`),
            });
            return (
              <button
                key={honorific}
                type="button"
                className="big-choice"
                data-testid={`honorific-${honorific}`}
                onClick={() => onNext(name)}
              >
                <span className="big-choice__title">{name}</span>
              </button>
            );
          })}
        </div>
      )}
      <div className="action-row">
        {surname ? (
          <button
            type="button"
            className="secondary-button"
            data-testid="surname-change"
            onClick={() => setSurname(null)}
          >
            {t('ask.name.otherSurname')}
          </button>
        ) : null}
        <button
          type="button"
          className="secondary-button"
          data-testid="name-skip"
          onClick={() => onNext(null)}
        >
          {t('ask.name.skip')}
        </button>
      </div>
    </main>
  );
}
