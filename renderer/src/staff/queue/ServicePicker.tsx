// The platform's accepted services as large buttons (a drop-down is too small to hit), and the
// chosen service's questions: a list answered by tapping one of its values, the rest typed.
import { useTranslation } from '../../i18n/translation.js';
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

type Answer = string | readonly string[];

interface AnswerFieldsProps {
  service: StaffServiceOption | undefined;
  answers: Readonly<Record<string, Answer>>;
  onAnswer: (code: string, answer: Answer) => void;
}

/** A list's value as a button: one tap picks it (single) or toggles it (multiple). */
function ValueButton(props: { testId: string; label: string; chosen: boolean; onTap: () => void }) {
  return (
    <button
      type="button"
      className={props.chosen ? 'primary-button' : 'secondary-button'}
      aria-pressed={props.chosen}
      data-testid={props.testId}
      onClick={props.onTap}
    >
      {props.label}
    </button>
  );
}

export function AnswerFields({ service, answers, onAnswer }: AnswerFieldsProps) {
  const { t } = useTranslation();
  if (!service || service.questions.length === 0) return null;
  return (
    <fieldset className="staff-choices" data-testid="staff-service-questions">
      <legend>{t('staff.queue.questionsTitle')}</legend>
      {service.questions.map((question) => {
        const answer = answers[question.code];
        const label = `${question.description}${question.required ? ' *' : ''}`;
        if (question.datatype === 'singlevaluelist' || question.datatype === 'multivaluelist') {
          const picked = typeof answer === 'string' ? [answer] : (answer ?? []);
          const multiple = question.datatype === 'multivaluelist';
          return (
            <div key={question.code} className="staff-choices__row">
              <p>{label}</p>
              {question.values.map((value) => (
                <ValueButton
                  key={value.key}
                  testId={`staff-answer-${question.code}-${value.key}`}
                  label={value.name}
                  chosen={picked.includes(value.key)}
                  onTap={() =>
                    onAnswer(
                      question.code,
                      !multiple
                        ? value.key
                        : picked.includes(value.key)
                          ? picked.filter((key) => key !== value.key)
                          : [...picked, value.key],
                    )
                  }
                />
              ))}
            </div>
          );
        }
        return (
          <label key={question.code} className="staff-field">
            <span>{label}</span>
            <input
              type="text"
              value={typeof answer === 'string' ? answer : ''}
              data-testid={`staff-answer-${question.code}`}
              onChange={(event) => onAnswer(question.code, event.target.value)}
            />
          </label>
        );
      })}
    </fieldset>
  );
}
