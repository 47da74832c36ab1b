import { useTranslation } from '../i18n/translation.js';

/** A plain "one moment" while the kiosk answers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
