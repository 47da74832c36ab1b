// One question of the needs survey on a screen of its own, answered with large buttons: one tap
// for a single choice, toggles and a clear "done" for several, five buttons for the 1–5 scale,
// one large field for the short text. An optional question has a large "skip". Long choice lists
// are paged (layout/Pager.tsx), never scrolled, so the buttons and Back/Home stay in view.
import { type ReactNode, useState } from 'react';
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import { surveyTextMax } from '../../../contract/constants.js';
import type { SurveyAnswer, SurveyQuestion } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import './survey.css';

interface SurveyQuestionScreenProps {
  question: SurveyQuestion;
  previous: SurveyAnswer | undefined;
  /** null: skipped (optional questions only). */
  onAnswer: (answer: SurveyAnswer | null) => void;
}

const scaleSteps = ['1', '2', '3', '4', '5'] as const;

interface BodyProps extends SurveyQuestionScreenProps {
  skip: ReactNode;
}

function SingleChoice({ question, previous, onAnswer, skip }: BodyProps) {
  const localize = useLocalize();
  return (
    <>
      <Pager
        listClassName="choice-grid choice-grid--answers"
        label={localize(question.prompt)}
        items={question.choices.map((choice) => (
          <BigChoice
            key={choice.key}
            aria-pressed={previous === choice.key}
            data-testid={`survey-choice-${choice.key}`}
            onClick={() => onAnswer(choice.key)}
            variant="answer"
            title={localize(choice.label)}
          />
        ))}
      />
      {skip ? <div className="action-row">{skip}</div> : null}
    </>
  );
}

function MultipleChoice({ question, previous, onAnswer, skip }: BodyProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [picked, setPicked] = useState<string[]>(Array.isArray(previous) ? previous : []);
  const toggle = (key: string) =>
    setPicked((list) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]));
  // Sent in the centre's own order, whatever order they were tapped in.
  const inOrder = question.choices.map((choice) => choice.key).filter((k) => picked.includes(k));
  return (
    <>
      <p className="screen__lead">{t('survey.question.pickAny')}</p>
      <Pager
        listClassName="choice-grid choice-grid--answers"
        label={localize(question.prompt)}
        items={question.choices.map((choice) => (
          <BigChoice
            key={choice.key}
            aria-pressed={picked.includes(choice.key)}
            data-testid={`survey-choice-${choice.key}`}
            onClick={() => toggle(choice.key)}
            variant="toggle"
            title={localize(choice.label)}
            badge={picked.includes(choice.key) ? t('survey.question.chosen') : null}
          />
        ))}
      />
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="survey-done"
          disabled={inOrder.length === 0}
          onClick={() => onAnswer(inOrder)}
        >
          {t('survey.question.done')}
        </button>
        {skip}
      </div>
    </>
  );
}

function Scale({ previous, onAnswer, skip }: BodyProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="choice-grid choice-grid--scale" role="group">
        {scaleSteps.map((stars) => (
          <BigChoice
            key={stars}
            aria-pressed={previous === Number(stars)}
            data-testid={`survey-scale-${stars}`}
            onClick={() => onAnswer(Number(stars))}
            variant="step"
            title={stars}
            hint={t(`survey.scale.${stars}`)}
          />
        ))}
      </div>
      {skip ? <div className="action-row">{skip}</div> : null}
    </>
  );
}

function ShortText({ previous, onAnswer, skip }: BodyProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(typeof previous === 'string' ? previous : '');
  return (
    <>
      <label className="answer-text">
        <span className="answer-text__label">{t('survey.question.typeHere')}</span>
        <input
          type="text"
          className="answer-text__box"
          data-testid="survey-text"
          maxLength={surveyTextMax}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <span className="answer-text__count">{t('survey.question.anonymous')}</span>
      </label>
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="survey-next"
          onClick={() => onAnswer(typed.trim() === '' ? null : typed.trim())}
        >
          {t('common.next')}
        </button>
        {skip}
      </div>
    </>
  );
}

function Body(props: BodyProps) {
  switch (props.question.kind) {
    case 'single':
      return <SingleChoice {...props} />;
    case 'multiple':
      return <MultipleChoice {...props} />;
    case 'scale':
      return <Scale {...props} />;
    case 'text':
      return <ShortText {...props} />;
  }
}

export function SurveyQuestionScreen(props: SurveyQuestionScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { question } = props;
  const skip = question.required ? null : (
    <button
      type="button"
      className="secondary-button secondary-button--large"
      data-testid="survey-skip"
      onClick={() => props.onAnswer(null)}
    >
      {t('survey.question.skip')}
    </button>
  );
  return (
    <main
      className="screen question-screen"
      data-testid="survey-question"
      data-question={question.code}
    >
      <div className="question-screen__head">
        <h1 data-testid="survey-question-text">{localize(question.prompt)}</h1>
        {question.required ? <p className="notice">{t('survey.question.required')}</p> : null}
      </div>
      <Body key={question.code} {...props} skip={skip} />
    </main>
  );
}
