// Priority or not, asked only for a service whose centre allows priority numbers: elderly and
// disabled residents choose it themselves; nothing is asked to prove it. Two big choices.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { QueueServiceView, TakenNumber } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { useTakeNumber } from './useTakeNumber.js';
import './takeNumber.css';

interface PriorityScreenProps {
  service: QueueServiceView;
  hotline: string;
  onTaken: (taken: TakenNumber) => void;
}

export function PriorityScreen({ service, hotline, onTaken }: PriorityScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [take, taking] = useTakeNumber(onTaken);
  return (
    <main className="screen" data-testid="take-number-priority">
      <h1>{localize(service.name)}</h1>
      <p className="screen__lead">{t('takeNumber.priorityQuestion')}</p>
      <div className="choice-grid">
        <BigChoice
          data-testid="take-number-plain"
          disabled={taking.pending}
          onClick={() => take(service.code, false)}
          title={t('takeNumber.priorityNo')}
        />
        <BigChoice
          data-testid="take-number-priority-yes"
          disabled={taking.pending}
          onClick={() => take(service.code, true)}
          title={t('takeNumber.priorityYes')}
          hint={t('takeNumber.priorityHint')}
        />
      </div>
      {taking.pending ? <p className="notice">{t('takeNumber.taking')}</p> : null}
      {taking.error ? (
        <p className="notice notice--attention" role="alert">
          {t('takeNumber.failed', { hotline })}
        </p>
      ) : null}
    </main>
  );
}
