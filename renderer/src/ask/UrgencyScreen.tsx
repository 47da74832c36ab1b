// Step 3: how urgent. One tap chooses and moves on; a need that is usually urgent shows
// "urgent" first and marked as suggested.
import { useTranslation } from '../i18n/translation.js';
import { urgencies } from '../../../contract/constants.js';
import type { Urgency } from '../../../contract/index.js';
import type { AskDraft } from './askDraft.js';

interface UrgencyScreenProps {
  draft: AskDraft;
  onPick: (urgency: Urgency) => void;
}

export function UrgencyScreen({ draft, onPick }: UrgencyScreenProps) {
  const { t } = useTranslation();
  const suggested: Urgency = draft.need?.urgentByDefault ? 'urgent' : 'normal';
  // The suggested choice first, then the rest in the contract's order.
  const order = [suggested, ...urgencies.filter((urgency) => urgency !== suggested)];
  return (
    <main className="screen" data-testid="ask-urgency">
      <h1>{t('ask.urgency.title')}</h1>
      <div className="choice-grid choice-grid--two">
        {order.map((urgency) => (
          <button
            key={urgency}
            type="button"
            className={`big-choice big-choice--${urgency}`}
            aria-pressed={draft.urgency === urgency || (!draft.urgency && urgency === suggested)}
            data-testid={`urgency-${urgency}`}
            onClick={() => onPick(urgency)}
          >
            <span className="big-choice__title">{t(`ask.urgency.${urgency}.title`)}</span>
            <span className="big-choice__hint">{t(`ask.urgency.${urgency}.hint`)}</span>
            {urgency === suggested ? (
              <span className="big-choice__badge">{t('ask.urgency.suggested')}</span>
            ) : null}
          </button>
        ))}
      </div>
    </main>
  );
}
