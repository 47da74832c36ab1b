// For "something else": an optional description, composed by tapping common phrases (there is no
// keyboard) and, for staff helping at the screen, a plain text box. Never required. Words that
// signal danger offer the emergency call at once, above everything, without stopping the request.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { maxDescriptionLength } from '../../../contract/constants.js';
import type { AskDraft } from './askDraft.js';
import { type PhraseId, phraseIds } from './phrases.js';
import { Pager } from '../layout/Pager.js';
import { DangerOffer } from './DangerOffer.js';
import { useDangerWhileTyping } from './useDangerWhileTyping.js';

interface DescribeScreenProps {
  draft: AskDraft;
  onNext: (description: string) => void;
  /** Opens the emergency screen, offered at once when the words signal danger. */
  onEmergency?: () => void;
}

export function DescribeScreen({ draft, onNext, onEmergency }: DescribeScreenProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<PhraseId[]>([]);
  const [typed, setTyped] = useState(draft.description);
  const toggle = (phrase: PhraseId) =>
    setPicked((list) =>
      list.includes(phrase) ? list.filter((p) => p !== phrase) : [...list, phrase],
    );
  const description = [...picked.map((phrase) => t(`ask.describe.phrases.${phrase}`)), typed.trim()]
    .filter(Boolean)
    .join(t('ask.describe.joiner'))
    .slice(0, maxDescriptionLength);
  const danger = useDangerWhileTyping(description, draft.need?.id ?? null);

  return (
    <main className="screen" data-testid="ask-describe">
      {danger ? (
        <DangerOffer
          danger={danger}
          onEmergency={onEmergency}
          hint={t('describeDanger.hint')}
          testId="describe-danger-offer"
        />
      ) : null}
      <h1>{t('ask.describe.title')}</h1>
      <p className="screen__lead">{t('ask.describe.lead')}</p>
      <Pager
        listClassName="phrase-chips"
        label={t('ask.describe.title')}
        items={phraseIds.map((phrase) => (
          <button
            key={phrase}
            type="button"
            className="phrase-chip"
            aria-pressed={picked.includes(phrase)}
            data-testid={`phrase-${phrase}`}
            onClick={() => toggle(phrase)}
          >
            {t(`ask.describe.phrases.${phrase}`)}
          </button>
        ))}
      />
      <label className="staff-text">
        <span className="staff-text__label">{t('ask.describe.staffLabel')}</span>
        <textarea
          className="staff-text__box"
          data-testid="describe-text"
          rows={2}
          maxLength={maxDescriptionLength}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </label>
      <div className="preview" data-testid="describe-preview">
        <span className="preview__label">{t('ask.describe.preview')}</span>
        <span className="preview__text">{description || t('ask.describe.nothingYet')}</span>
      </div>
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="describe-next"
          onClick={() => onNext(description)}
        >
          {description ? t('common.next') : t('ask.describe.skip')}
        </button>
      </div>
    </main>
  );
}
