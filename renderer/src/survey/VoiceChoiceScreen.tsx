// The "社区议事" tile: votes and surveys. The needs survey is offered here when the centre runs
// one; voting is not offered on this kiosk yet, which the screen says in one plain line with
// where to go instead. Without a survey (a plain Open311 centre, or none running) it says so,
// and what the kiosk can still do, rather than failing.
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../../contract/index.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { useSurveyOffer } from './useSurveyOffer.js';

interface VoiceChoiceScreenProps {
  hotline: string;
  onStart: (questionnaire: Questionnaire) => void;
}

export function VoiceChoiceScreen({ hotline, onStart }: VoiceChoiceScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const state = useSurveyOffer();
  const questionnaire =
    state.status === 'ready' && state.offer.kind === 'open' ? state.offer.questionnaire : null;
  return (
    <main className="screen" data-testid="voice-choice">
      <h1>{t('survey.choice.title')}</h1>
      {state.status === 'loading' ? <Loading /> : null}
      {questionnaire ? (
        <div className="choice-grid">
          <button
            type="button"
            className="big-choice"
            data-testid="survey-start"
            onClick={() => onStart(questionnaire)}
          >
            <span className="big-choice__title">{localize(questionnaire.title)}</span>
            <span className="big-choice__hint">
              {t('survey.choice.hint', { count: questionnaire.questions.length })}
            </span>
          </button>
        </div>
      ) : null}
      {state.status !== 'loading' && !questionnaire ? (
        <p className="notice" data-testid="survey-none">
          {t('survey.choice.none', { hotline })}
        </p>
      ) : null}
      <p className="screen__lead" data-testid="vote-not-offered">
        {t('survey.choice.voteNotOffered', { hotline })}
      </p>
    </main>
  );
}
