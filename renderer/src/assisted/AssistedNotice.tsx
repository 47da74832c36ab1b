// On every screen of an assisted visit, in the resident's words: who is entering it for them.
import { useTranslation } from '../i18n/translation.js';
import { useAssisted } from './AssistedContext.js';
import './assisted.css';

export function AssistedNotice() {
  const { t } = useTranslation();
  const assisted = useAssisted();
  if (!assisted) return null;
  return (
    <p className="assisted-notice" role="status" data-testid="assisted-notice">
      {t('assisted.notice', { name: assisted.staffName })}
    </p>
  );
}
