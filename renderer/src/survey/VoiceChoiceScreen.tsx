// The "社区议事" tile: votes and surveys. The needs survey is offered here when the centre runs
// one, and the micro-projects vote when a round is open (vote/VoteEntry.tsx, which says plainly
// when there is none and where to go instead). Without a survey (a plain Open311 centre, or none running) it says so,
// and what the kiosk can still do, rather than failing.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { Questionnaire, VoteRound } from '../../../contract/index.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { VoteEntry } from '../vote/VoteEntry.js';
import { useJourneyOffer } from '../visit/useJourneyOffer.js';

interface VoiceChoiceScreenProps {
  hotline: string;
  onStart: (questionnaire: Questionnaire) => void;
  onVote: (round: VoteRound, live: boolean) => void;
  onVoteResults: (round: VoteRound) => void;
}

export function VoiceChoiceScreen(props: VoiceChoiceScreenProps) {
  const { hotline, onStart } = props;
  const { t } = useTranslation();
  const localize = useLocalize();
  const state = useJourneyOffer('getSurvey');
  const questionnaire =
    state.status === 'ready' && state.offer.kind === 'open' ? state.offer.questionnaire : null;
  return (
    <main className="screen" data-testid="voice-choice">
      <h1>{t('survey.choice.title')}</h1>
      {state.status === 'loading' ? <Loading /> : null}
      {questionnaire ? (
        <div className="choice-grid">
          <BigChoice
            data-testid="survey-start"
            onClick={() => onStart(questionnaire)}
            title={localize(questionnaire.title)}
            hint={t('survey.choice.hint', { count: questionnaire.questions.length })}
          />
        </div>
      ) : null}
      {state.status !== 'loading' && !questionnaire ? (
        <p className="notice" data-testid="survey-none">
          {t('survey.choice.none', { hotline })}
        </p>
      ) : null}
      <VoteEntry hotline={hotline} onVote={props.onVote} onResults={props.onVoteResults} />
    </main>
  );
}
