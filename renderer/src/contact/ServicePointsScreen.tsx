// Every service point of the community, community-wide ones first, with whether each is open now
// and its hours; a slip with the hotline and the first few to take home.
import { useTranslation } from '../i18n/translation.js';
import type { ContactInfo } from '../../../contract/index.js';
import { Pager } from '../layout/Pager.js';
import { ServicePointItem } from './ServicePointItem.js';
import { SlipActions } from './SlipActions.js';
import { usePrintContactSlip } from './usePrintContactSlip.js';

interface ServicePointsScreenProps {
  info: ContactInfo;
  onDone: () => void;
  onShowReceipt?: () => void;
}

export function ServicePointsScreen({ info, onDone, onShowReceipt }: ServicePointsScreenProps) {
  const { t } = useTranslation();
  const [print, printing, slip] = usePrintContactSlip();
  return (
    <main className="screen" data-testid="contact-points">
      <h1>{t('contact.points.title')}</h1>
      {info.servicePoints.length === 0 ? (
        <p className="notice notice--attention" role="status" data-testid="contact-no-points">
          {t('contact.points.none')}
        </p>
      ) : (
        <Pager
          listClassName="contact-list"
          as="ul"
          items={info.servicePoints.map((point) => (
            <ServicePointItem key={point.id} point={point} />
          ))}
        />
      )}
      <SlipActions
        onPrint={() =>
          print({
            gridId: null,
            servicePointIds: info.servicePoints.slice(0, 3).map((point) => point.id),
            call: 'hotline',
          })
        }
        printing={printing}
        slip={slip}
        onDone={onDone}
        onShowReceipt={onShowReceipt}
      />
    </main>
  );
}
