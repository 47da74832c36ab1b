// Correcting a refused request before it goes again: another service from the platform's
// catalogue, the answers to its questions, the description, a new phone number. Only what staff
// changed is sent; the kiosk checks the answers as strictly as the platform and resends under
// the same ticket with a new idempotency key.
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { StaffQueueEntryDetail } from '../../../../contract/staffQueue.js';
import { AnswerFields, ServicePicker } from './ServicePicker.js';

export interface Correction {
  serviceCode?: string;
  attributes?: Record<string, string | string[]>;
  description?: string;
  phone?: string;
}

interface CorrectionFormProps {
  detail: StaffQueueEntryDetail;
  pending: boolean;
  onResend: (correction: Correction) => void;
}

type Answer = string | readonly string[];
const isBlank = (answer: Answer) =>
  typeof answer === 'string' ? answer.trim() === '' : answer.length === 0;

export function CorrectionForm({ detail, pending, onResend }: CorrectionFormProps) {
  const { t } = useTranslation();
  const sentCode = detail.sentForm?.serviceCode ?? detail.entry.serviceCode;
  const [chosen, setChosen] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>(
    () => detail.sentForm?.attributes ?? {},
  );
  const [answered, setAnswered] = useState(false);
  const [description, setDescription] = useState(detail.sentForm?.description ?? '');
  const [phone, setPhone] = useState('');
  const service = detail.services.find((option) => option.code === (chosen ?? sentCode));

  const submit = () => {
    const correction: Correction = {};
    if (chosen !== null && chosen !== sentCode) correction.serviceCode = chosen;
    if (service && service.questions.length > 0 && (answered || correction.serviceCode)) {
      const asked = new Set(service.questions.map((question) => question.code));
      correction.attributes = Object.fromEntries(
        Object.entries(answers)
          .filter(([code, answer]) => asked.has(code) && !isBlank(answer))
          .map(([code, answer]) => [code, typeof answer === 'string' ? answer : [...answer]]),
      );
    }
    if (description.trim() && description !== (detail.sentForm?.description ?? '')) {
      correction.description = description;
    }
    if (phone.trim()) correction.phone = phone.trim();
    onResend(correction);
  };

  return (
    <section className="staff-correct" data-testid="staff-correct">
      <h2>{t('staff.queue.correctTitle')}</h2>
      <ServicePicker services={detail.services} chosen={chosen ?? sentCode} onChoose={setChosen} />
      <AnswerFields
        service={service}
        answers={answers}
        onAnswer={(code, answer) => {
          setAnswered(true);
          setAnswers((current) => ({ ...current, [code]: answer }));
        }}
      />
      <label className="staff-field">
        <span>{t('staff.queue.description')}</span>
        <textarea
          value={description}
          rows={3}
          data-testid="staff-correct-description"
          onChange={(event) => setDescription(event.target.value)}
        />
      </label>
      <label className="staff-field">
        <span>{t('staff.queue.newPhone')}</span>
        <input
          type="tel"
          inputMode="numeric"
          value={phone}
          data-testid="staff-correct-phone"
          onChange={(event) => setPhone(event.target.value)}
        />
      </label>
      <button
        type="button"
        className="primary-button primary-button--large"
        data-testid="staff-resend"
        disabled={pending}
        onClick={submit}
      >
        {t('staff.queue.resend')}
      </button>
    </section>
  );
}
