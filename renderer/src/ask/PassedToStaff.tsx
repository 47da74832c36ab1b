// When nothing in the community fits what the resident said, the result screen says so plainly
// instead of listing unrelated services: staff take it on. The hotline and the grid worker
// follow below (HelpContacts), as on every result.
import { useTranslation } from '../i18n/translation.js';

export function PassedToStaff() {
  const { t } = useTranslation();
  return (
    <section className="notice notice--attention" role="status" data-testid="passed-to-staff">
      <h2>{t('matchingAnswer.forStaff')}</h2>
      <p>{t('matchingAnswer.forStaffHint')}</p>
    </section>
  );
}
