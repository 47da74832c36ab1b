// A kiosk with no directory yet (neither the centre's nor a provisioned directory.json) offers
// only "something else" and the hotline; it says so plainly instead of a bare, puzzling screen.
import { useTranslation } from '../i18n/translation.js';

export function ServicesLoading({ hotline }: { hotline: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status" data-testid="services-loading">
      {t('ask.servicesLoading', { hotline })}
    </p>
  );
}
