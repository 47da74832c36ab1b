// The requests found with the resident's card, newest first; one tap opens one.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { RequestStatus } from '../../../contract/index.js';
import { formatDate } from '../format/dateTime.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';

interface RequestListScreenProps {
  requests: RequestStatus[];
  hotline: string;
  onPick: (status: RequestStatus) => void;
}

export function RequestListScreen({ requests, hotline, onPick }: RequestListScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const language = useLanguage();
  const newestFirst = [...requests].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <main className="screen" data-testid="check-list">
      <h1>{t('check.list.title')}</h1>
      {newestFirst.length === 0 ? (
        <p className="notice notice--attention" role="status" data-testid="check-list-empty">
          {t('check.list.none', { hotline })}
        </p>
      ) : (
        <div className="choice-grid">
          {newestFirst.map((status) => {
            const stage = status.stage;
            return (
              <BigChoice
                key={status.ticket}
                data-testid={`request-${status.ticket}`}
                onClick={() => onPick(status)}
                variant="outline"
                title={status.need ? localize(status.need.title) : t('ask.need.other')}
                hint={t('check.list.line', {
                  ticket: status.ticket,
                  date: formatDate(status.createdAt, language),
                  stage: t(`check.stages.${stage}`),
                })}
              />
            );
          })}
        </div>
      )}
    </main>
  );
}
