// One grid and its worker: the worker's name and phone in large print, the grid's name, and
// which part of the chosen street (or which area) it covers.
import { useTranslation } from '../i18n/translation.js';
import type { GridContactCard } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { ruleWords } from './ruleWords.js';

interface GridWorkerItemProps {
  grid: GridContactCard;
  /** Several grids share the street: each has its own slip button. */
  onPrint?: () => void;
  printing: boolean;
}

export function GridWorkerItem({ grid, onPrint, printing }: GridWorkerItemProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const part =
    grid.rules.length > 0
      ? grid.rules
          .map((rule) => ruleWords(t, rule, localize(rule.streetName)))
          .join(t('contact.rule.join'))
      : localize(grid.area);
  return (
    <li className="contact" data-testid={`grid-worker-${grid.gridId}`}>
      <span className="contact__name" data-speech="fact">
        {t('contact.grid.worker', { name: grid.worker.name })}
      </span>
      <span className="contact__phone" data-speech="fact">
        {grid.worker.phone}
      </span>
      <span className="contact__detail" data-speech="fact">
        {localize(grid.name)} · {t('contact.grid.part', { part })}
      </span>
      {onPrint ? (
        <button
          type="button"
          className="primary-button"
          data-testid={`print-contact-slip-${grid.gridId}`}
          disabled={printing}
          onClick={onPrint}
        >
          {t('contact.slip.printWorker', { name: grid.worker.name })}
        </button>
      ) : null}
    </li>
  );
}
