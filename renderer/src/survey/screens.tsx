// The needs survey (需求调研) behind the "社区议事" tile: the choice screen, one screen per
// question, the read-back, the thank-you. Answers travel only in the draft of these screens and
// are sent anonymously (electron/services/survey).
import type { JourneyRegistration } from '../visit/screenRegistry.js';
import { startSurvey, withAnswer } from './surveyDraft.js';
import type { SurveyScreen } from './surveyScreen.js';
import { surveyStep } from './surveyStep.js';
import { SurveyQuestionScreen } from './SurveyQuestionScreen.js';
import { SurveyReviewScreen } from './SurveyReviewScreen.js';
import { SurveyThanksScreen } from './SurveyThanksScreen.js';
import { VoiceChoiceScreen } from './VoiceChoiceScreen.js';

export const surveyJourney: JourneyRegistration<SurveyScreen, 'communityVoice'> = {
  id: 'communityVoice',
  start: { name: 'voice-choice' },
  finished: ['survey-thanks'],
  step: surveyStep,
  screens: {
    'voice-choice': (_screen, { nav, hotline }) => (
      <VoiceChoiceScreen
        hotline={hotline}
        onStart={(questionnaire) =>
          nav.open({ name: 'survey-question', survey: startSurvey(questionnaire), index: 0 })
        }
        onVote={(round, live) => nav.open({ name: 'vote-proposals', round, live, choices: [] })}
        onVoteResults={(round) => nav.open({ name: 'vote-results', round })}
      />
    ),
    'survey-question': (screen, { nav }) => {
      const { survey: draft, index } = screen;
      const question = draft.questionnaire.questions[index];
      if (!question) return null;
      return (
        <SurveyQuestionScreen
          key={`${question.code}-${index}`}
          question={question}
          previous={draft.answers[question.code]}
          onAnswer={(answer) => {
            const next = withAnswer(draft, question.code, answer);
            nav.open(
              index + 1 < draft.questionnaire.questions.length
                ? { name: 'survey-question', survey: next, index: index + 1 }
                : { name: 'survey-review', survey: next },
            );
          }}
        />
      );
    },
    'survey-review': (screen, { nav }) => (
      <SurveyReviewScreen
        draft={screen.survey}
        onChange={(index) => nav.open({ name: 'survey-question', survey: screen.survey, index })}
        onSent={() => nav.restart({ name: 'survey-thanks' })}
      />
    ),
    'survey-thanks': (_screen, { onForget }) => <SurveyThanksScreen onDone={onForget} />,
  },
};
