// "Please take your card" for as long as the read card is still on the reader.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { useReaderState } from './useReaderState.js';

export function TakeCardNotice({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [taken, setTaken] = useState(false);
  const state = useReaderState(active && !taken);
  const onReader = state === 'read' || state === 'remove-card';
  // Once the card has left the reader there is nothing more to ask for.
  if (state !== null && !onReader && !taken) setTaken(true);
  if (!onReader) return null;
  return (
    <p className="notice notice--attention" role="status" data-testid="take-card">
      {t('card.takeCard')}
    </p>
  );
}
