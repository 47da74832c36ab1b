// A telephone-style pad of large keys: no keyboard, no long-press, one tap per digit.
import { useTranslation } from '../i18n/translation.js';

interface DigitPadProps {
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
}

const rows = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

export function DigitPad({ value, maxLength, onChange }: DigitPadProps) {
  const { t } = useTranslation();
  const press = (digit: string) => {
    if (value.length < maxLength) onChange(value + digit);
  };
  const digitKey = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="digit-pad__key"
      data-testid={`digit-${digit}`}
      onClick={() => press(digit)}
    >
      {digit}
    </button>
  );
  return (
    <div className="digit-pad" role="group" aria-label={t('pad.label')}>
      {rows.flatMap((row) => row.map(digitKey))}
      <button
        type="button"
        className="digit-pad__key digit-pad__key--word"
        data-testid="digit-clear"
        onClick={() => onChange('')}
      >
        {t('pad.clear')}
      </button>
      {digitKey('0')}
      <button
        type="button"
        className="digit-pad__key digit-pad__key--word"
        data-testid="digit-delete"
        onClick={() => onChange(value.slice(0, -1))}
      >
        {t('pad.delete')}
      </button>
    </div>
  );
}
