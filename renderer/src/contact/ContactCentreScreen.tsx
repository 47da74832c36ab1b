// "Contact the centre": the hotline, hours and address first, then the ways to the resident's
// own grid worker (the ID card, or a street from the list) and the service points, and a slip
// with the hotline to take home. Without the centre's directory it says plainly that only the
// hotline is known here.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { ContactInfo } from '../../../contract/index.js';
import { Pager } from '../layout/Pager.js';
import { CentreFacts } from './CentreFacts.js';
import { SlipActions } from './SlipActions.js';
import { useCentreContact } from './useContactInfo.js';
import { usePrintContactSlip } from './usePrintContactSlip.js';

interface ContactCentreScreenProps {
  hotline: string;
  onCard: (info: ContactInfo) => void;
  onStreets: (info: ContactInfo) => void;
  onPoints: (info: ContactInfo) => void;
  onDone: () => void;
  onShowReceipt?: () => void;
}

export function ContactCentreScreen(props: ContactCentreScreenProps) {
  const { hotline, onCard, onStreets, onPoints, onDone, onShowReceipt } = props;
  const { t } = useTranslation();
  const { info, failed } = useCentreContact();
  const [print, printing, slip] = usePrintContactSlip();
  const full = info?.directory === 'full';
  return (
    <main className="screen" data-testid="contact-centre">
      <h1>{t('contact.title')}</h1>
      {info ? null : failed ? (
        <p className="notice notice--error" role="alert" data-testid="contact-failed">
          {t('contact.failed', { hotline })}
        </p>
      ) : (
        <p className="loading" role="status">
          {t('contact.loading')}
        </p>
      )}
      {info ? (
        <Pager
          listClassName="pager-column"
          items={[
            <CentreFacts key="centre" centre={info.centre} />,
            ...(full
              ? [
                  <BigChoice
                    key="card"
                    data-testid="contact-by-card"
                    onClick={() => onCard(info)}
                    title={t('contact.byCard')}
                    hint={t('contact.byCardHint')}
                  />,
                  <BigChoice
                    key="street"
                    data-testid="contact-by-street"
                    onClick={() => onStreets(info)}
                    title={t('contact.byStreet')}
                    hint={t('contact.byStreetHint')}
                  />,
                  <BigChoice
                    key="points"
                    data-testid="contact-points-open"
                    onClick={() => onPoints(info)}
                    variant="outline"
                    title={t('contact.pointsOpen')}
                    hint={t('contact.pointsOpenHint')}
                  />,
                ]
              : [
                  <p
                    key="none"
                    className="notice notice--attention"
                    role="status"
                    data-testid="contact-no-directory"
                  >
                    {t('contact.noDirectory', { hotline: info.centre.hotline })}
                  </p>,
                ]),
          ]}
        />
      ) : null}
      <SlipActions
        onPrint={
          info ? () => print({ gridId: null, servicePointIds: [], call: 'hotline' }) : undefined
        }
        printing={printing}
        slip={slip}
        onDone={onDone}
        onShowReceipt={onShowReceipt}
      />
    </main>
  );
}
