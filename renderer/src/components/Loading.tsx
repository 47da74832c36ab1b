import { useTranslation } from 'react-i18next';

/** A plain "one moment" while the kiosk answers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
