// One service point: its name and phone, whether it is open now, its hours and its address, and
// "本网格" when it is in the resident's own grid.
import { useTranslation } from '../i18n/translation.js';
import type { ServicePointCard } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';

export function ServicePointItem({ point }: { point: ServicePointCard }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <li className="contact" data-testid={`service-point-${point.id}`} data-speech="fact">
      <span className="contact__name">
        {point.sameGrid ? `${t('contact.points.sameGrid')} · ` : ''}
        {localize(point.name)}
      </span>
      <span className="contact__phone">{point.phone}</span>
      <span className="contact__detail">
        {point.openNow ? t('contact.openNow') : t('contact.closedNow')} ·{' '}
        {localize(point.hoursText)}
      </span>
      <span className="contact__detail">{localize(point.address)}</span>
    </li>
  );
}
