import { useTranslation } from '../i18n/translation.js';

/** When the categories cannot be loaded: say so, and where to go instead. */
export function CatalogProblem({ hotline }: { hotline: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--error" role="alert">
      {t('ask.catalogFailed', { hotline })}
    </p>
  );
}
