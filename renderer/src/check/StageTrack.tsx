// 已受理 → 处理中 → 已完成, each with its date, the current one marked.
import { useTranslation } from '../i18n/translation.js';
import { stages } from '../../../contract/constants.js';
import type { RequestStatus } from '../../../contract/index.js';
import { formatDateTime } from '../format/dateTime.js';
import { useLanguage } from '../i18n/useLocalize.js';

export function StageTrack({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = stages.indexOf(status.stage);
  return (
    <ol className="stage-track" data-testid="stage-track">
      {stages.map((stage, index) => {
        const at = status.stages.find((entry) => entry.stage === stage)?.at ?? null;
        const state = index < current ? 'past' : index === current ? 'current' : 'future';
        return (
          <li
            key={stage}
            className={`stage stage--${state}`}
            data-testid={`stage-${stage}`}
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stage__mark" aria-hidden="true">
              {index <= current ? '✓' : index + 1}
            </span>
            <span className="stage__name">{t(`check.stages.${stage}`)}</span>
            <span className="stage__date">
              {at ? formatDateTime(at, language) : t('check.notYet')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
