// Why a look-up found nothing, in plain words.
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../contract/index.js';

export function LookupError({ error, hotline }: { error: ErrorCode | null; hotline: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="notice notice--error" role="alert" data-testid="lookup-error">
      {error === 'not-found' || error === 'invalid-input'
        ? t('check.notFound', { hotline })
        : t('check.failed', { hotline })}
    </p>
  );
}
