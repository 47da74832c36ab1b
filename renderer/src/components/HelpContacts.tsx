// Who can help, with their phone numbers: the matched service points, the resident's grid worker
// and the centre's hotline.
import { useTranslation } from '../i18n/translation.js';
import type { GridContact, MatchedResource } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';

interface HelpContactsProps {
  matches: MatchedResource[];
  gridContact: GridContact | null;
  hotline: string;
  /** One of the two sections alone, so that a pager can put them on different pages. */
  part?: 'matches' | 'people';
}

export function HelpContacts({ matches, gridContact, hotline, part }: HelpContactsProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <div className="help-contacts">
      {matches.length > 0 && part !== 'people' ? (
        <section aria-labelledby="matches-title">
          <h2 id="matches-title">{t('result.matches')}</h2>
          <ol className="contact-list" data-testid="matches">
            {matches.map((match) => (
              <li key={match.id} className="contact">
                <span className="contact__name">{localize(match.name)}</span>
                <span className="contact__phone">{match.phone}</span>
                <span className="contact__detail">
                  {localize(match.address)} ·{' '}
                  {match.openNow ? t('result.openNow') : t('result.closedNow')}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {part === 'matches' ? null : (
        <section aria-labelledby="people-title">
          <h2 id="people-title">{t('result.people')}</h2>
          <ul className="contact-list">
            {gridContact ? (
              <li className="contact" data-testid="grid-worker">
                <span className="contact__name">
                  {t('result.gridWorker', {
                    name: gridContact.workerName,
                    grid: localize(gridContact.gridName),
                  })}
                </span>
                <span className="contact__phone">{gridContact.phone}</span>
              </li>
            ) : null}
            <li className="contact" data-testid="result-hotline">
              <span className="contact__name">{t('result.hotline')}</span>
              <span className="contact__phone">{hotline}</span>
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
