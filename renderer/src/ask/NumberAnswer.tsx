// A number question on the same large digit pad as the phone number: whole numbers only, so
// there is nothing to mistype and nothing that fails to parse.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { DigitPad } from '../components/DigitPad.js';
import type { AnswerBodyProps } from './QuestionScreen.js';

/** Nine digits cover any count, floor or age a resident is asked for. */
export const maxNumberDigits = 9;

export function NumberAnswer({ previous, onSubmit, extraActions }: AnswerBodyProps) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState(typeof previous === 'string' ? previous : '');
  // A leading zero would not read as a number ("007"); the pad drops it.
  const change = (next: string) => setDigits(next.replace(/^0+(?=\d)/, ''));
  return (
    <div className="screen--pad question-pad">
      <div className="pad-screen__side">
        <output className="pad-display" data-testid="number-display" aria-live="polite">
          {digits || t('ask.question.numberEmpty')}
        </output>
        <div className="action-row">
          <button
            type="button"
            className="primary-button primary-button--large"
            data-testid="question-next"
            onClick={() => onSubmit(digits)}
          >
            {t('common.next')}
          </button>
          {extraActions}
        </div>
      </div>
      <DigitPad value={digits} maxLength={maxNumberDigits} onChange={change} />
    </div>
  );
}
