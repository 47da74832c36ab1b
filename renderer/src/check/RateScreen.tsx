// Rate a finished request: one to five large stars, optional quick tags, then send.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { ratingTags } from '../../../contract/constants.js';
import type { RatingTag, RequestStatus } from '../../../contract/index.js';
import { Star } from '../components/Stars.js';
import { useLocalize } from '../i18n/useLocalize.js';
import type { RequestKey } from './requestKey.js';
import { useRateRequest } from './useRateRequest.js';
import { Pager } from '../layout/Pager.js';

interface RateScreenProps {
  status: RequestStatus;
  /** What opened the request (the QR code, the card or the phone's digits). */
  requestKey: RequestKey;
  onRated: (stars: number) => void;
}

const starValues = [1, 2, 3, 4, 5] as const;

export function RateScreen({ status, requestKey, onRated }: RateScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [stars, setStars] = useState(0);
  const [tags, setTags] = useState<RatingTag[]>([]);
  const [rate, { pending, error }] = useRateRequest(requestKey, onRated);
  const toggle = (tag: RatingTag) =>
    setTags((list) => (list.includes(tag) ? list.filter((t2) => t2 !== tag) : [...list, tag]));
  return (
    <main className="screen" data-testid="rate">
      <h1>{t('rate.title')}</h1>
      <p className="screen__lead">
        {status.need ? localize(status.need.title) : t('ask.need.other')} · {status.ticket}
      </p>
      <div className="star-picker" role="group" aria-label={t('rate.title')}>
        {starValues.map((value) => (
          <button
            key={value}
            type="button"
            className="star-picker__star"
            aria-pressed={value <= stars}
            aria-label={t('rate.starsLabel', { stars: value })}
            data-testid={`star-${value}`}
            onClick={() => setStars(value)}
          >
            <Star filled={value <= stars} />
          </button>
        ))}
      </div>
      <p className="star-picker__words" data-testid="stars-words">
        {stars > 0 ? t(`rate.words.${stars}`) : t('rate.pickStars')}
      </p>
      <p className="screen__lead">{t('rate.tagsLead')}</p>
      <Pager
        listClassName="phrase-chips"
        label={t('rate.tagsLead')}
        items={ratingTags.map((tag) => (
          <button
            key={tag}
            type="button"
            className="phrase-chip"
            aria-pressed={tags.includes(tag)}
            data-testid={`tag-${tag}`}
            onClick={() => toggle(tag)}
          >
            {t(`rate.tags.${tag}`)}
          </button>
        ))}
      />
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="rate-error">
          {error === 'not-allowed' ? t('rate.notAllowed') : t('rate.failed')}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="rate-submit"
          disabled={stars === 0 || pending}
          onClick={() => rate({ stars, tags })}
        >
          {pending ? t('ask.confirm.sending') : t('rate.submit')}
        </button>
        {stars === 0 ? (
          <p className="pad-screen__why" data-testid="rate-submit-why">
            {t('rate.submitWhy')}
          </p>
        ) : null}
      </div>
    </main>
  );
}
