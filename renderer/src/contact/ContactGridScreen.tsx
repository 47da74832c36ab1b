// The resident's grid worker (from the card, or each grid of a chosen street), then the service
// points near them, same grid first, and a contact slip whose QR code rings the worker.
import { useTranslation } from '../i18n/translation.js';
import type { ContactInfo, GridContactCard, StreetChoice } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { TakeCardNotice } from '../card/TakeCardNotice.js';
import { Pager } from '../layout/Pager.js';
import { GridWorkerItem } from './GridWorkerItem.js';
import { ServicePointItem } from './ServicePointItem.js';
import { SlipActions } from './SlipActions.js';
import { usePrintContactSlip } from './usePrintContactSlip.js';

interface ContactGridScreenProps {
  info: ContactInfo;
  /** The street chosen from the list; null for the grid of the card read in this visit. */
  street: StreetChoice | null;
  onDone: () => void;
  onShowReceipt?: () => void;
}

/** The points printed on a slip: those of the worker's own grid, else the nearest two. */
const slipPointsMax = 3;
function slipPoints(info: ContactInfo): string[] {
  const own = info.servicePoints.filter((point) => point.sameGrid);
  return (own.length > 0 ? own : info.servicePoints.slice(0, 2))
    .slice(0, slipPointsMax)
    .map((point) => point.id);
}

export function ContactGridScreen(props: ContactGridScreenProps) {
  const { info, street, onDone, onShowReceipt } = props;
  const { t } = useTranslation();
  const localize = useLocalize();
  const title = street
    ? t('contact.grid.streetTitle', { street: localize(street.name) })
    : t('contact.grid.mineTitle');
  const [print, printing, slip] = usePrintContactSlip();
  const grids: GridContactCard[] = info.place.outcome === 'grids' ? info.place.grids : [];
  const printFor = (grid: GridContactCard) =>
    print({ gridId: grid.gridId, servicePointIds: slipPoints(info), call: 'grid-worker' });
  const only = grids.length === 1 ? grids[0] : undefined;
  return (
    <main className="screen" data-testid={street ? 'contact-street-grid' : 'contact-card-grid'}>
      <h1>{title}</h1>
      {/* Once a slip is asked for, the printer's answer below says what to do next, and the
          lead's room goes to it: with the take-card notice too, nothing then leaves the screen. */}
      {slip || printing.error ? null : <p className="screen__lead">{t('contact.grid.lead')}</p>}
      <TakeCardNotice active={street === null} />
      <Pager
        listClassName="contact-list"
        as="ul"
        items={[
          ...grids.map((grid) => (
            <GridWorkerItem
              key={grid.gridId}
              grid={grid}
              printing={printing.pending}
              onPrint={only ? undefined : () => printFor(grid)}
            />
          )),
          <li key="points-title" className="contact">
            <h2>{t('contact.points.title')}</h2>
          </li>,
          ...(info.servicePoints.length > 0
            ? info.servicePoints.map((point) => <ServicePointItem key={point.id} point={point} />)
            : [
                <li key="no-points" className="contact" data-testid="contact-no-points">
                  {t('contact.points.none')}
                </li>,
              ]),
        ]}
      />
      <SlipActions
        onPrint={only ? () => printFor(only) : undefined}
        printing={printing}
        slip={slip}
        onDone={onDone}
        onShowReceipt={onShowReceipt}
      />
    </main>
  );
}
