// The centre as every contact screen shows it: its name, the hotline in large digits, whether
// it is open now, its hours and its address — or, without a directory, plainly that the kiosk
// knows only the hotline.
import { useTranslation } from '../i18n/translation.js';
import type { ContactInfo } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';

export function CentreFacts({ centre }: { centre: ContactInfo['centre'] }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <div className="contact" data-testid="contact-centre-facts">
      {/* The name is the top bar's too; on English screens it may be the Chinese name alone. */}
      <span className="contact__name" data-speech="skip">
        {localize(centre.name)}
      </span>
      <span className="contact__name" data-speech="fact">
        {t('contact.hotline')}
      </span>
      <span className="contact__phone" data-testid="contact-hotline" data-speech="fact">
        {centre.hotline}
      </span>
      {centre.openNow === null ? null : (
        <span className="contact__detail" data-testid="contact-centre-open" data-speech="fact">
          {centre.openNow ? t('contact.openNow') : t('contact.closedNow')}
        </span>
      )}
      {centre.hoursText ? (
        <span className="contact__detail" data-testid="contact-centre-hours" data-speech="fact">
          {t('contact.hours')}: {localize(centre.hoursText)}
        </span>
      ) : null}
      {centre.address ? (
        <span className="contact__detail" data-testid="contact-centre-address" data-speech="fact">
          {t('contact.address')}: {localize(centre.address)}
        </span>
      ) : null}
    </div>
  );
}
