// The platform's accepted services as large buttons (a drop-down is too small to hit), and the
// chosen service's questions: a list answered by tapping one of its values, the rest typed.
import { useTranslation } from 'react-i18next';
import type { StaffServiceOption } from '../../../../contract/staffQueue.js';

interface ServicePickerProps {
  services: readonly StaffServiceOption[];
  chosen: string | null;
  onChoose: (code: string) => void;
}

export function ServicePicker({ services, chosen, onChoose }: ServicePickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="staff-choices" data-testid="staff-service-picker">
      <legend>{t('staff.queue.pickService')}</legend>
      {services.map((service) => (
        <button
          key={service.code}
          type="button"
          className={chosen === service.code ? 'primary-button' : 'secondary-button'}
          aria-pressed={chosen === service.code}
          data-testid={`staff-service-${service.code}`}
          onClick={() => onChoose(service.code)}
        >
          {service.name} · {service.code}
        </button>
      ))}
    </fieldset>
  );
}

interface AnswerFieldsProps {
  service: StaffServiceOption | undefined;
  answers: Readonly<Record<string, string>>;
  onAnswer: (code: string, answer: string) => void;
}

export function AnswerFields({ service, answers, onAnswer }: AnswerFieldsProps) {
  const { t } = useTranslation();
  if (!service || service.questions.length === 0) return null;
  return (
    <fieldset className="staff-choices" data-testid="staff-service-questions">
      <legend>{t('staff.queue.questionsTitle')}</legend>
      {service.questions.map((question) =>
        question.datatype === 'singlevaluelist' ? (
          <div key={question.code} className="staff-choices__row">
            <p>
              {question.description}
              {question.required ? ' *' : ''}
            </p>
            {question.values.map((value) => (
              <button
                key={value.key}
                type="button"
                className={
                  answers[question.code] === value.key ? 'primary-button' : 'secondary-button'
                }
                aria-pressed={answers[question.code] === value.key}
                data-testid={`staff-answer-${question.code}-${value.key}`}
                onClick={() => onAnswer(question.code, value.key)}
              >
                {value.name}
              </button>
            ))}
          </div>
        ) : question.datatype === 'multivaluelist' ? null : (
          <label key={question.code} className="staff-field">
            <span>
              {question.description}
              {question.required ? ' *' : ''}
            </span>
            <input
              type="text"
              value={answers[question.code] ?? ''}
              data-testid={`staff-answer-${question.code}`}
              onChange={(event) => onAnswer(question.code, event.target.value)}
            />
          </label>
        ),
      )}
    </fieldset>
  );
}
