// The ballot is in: the confirmation code large, whether the centre has counted it or will when
// it confirms (cast while the centre was away), and the receipt (printing, "take your receipt",
// or plain words that the printer needs staff while the code stays on screen to note down).
import { useTranslation } from '../i18n/translation.js';
import { useReceiptOutcome } from '../printing/useReceiptOutcome.js';
import type { CastBallot } from './voteScreen.js';

interface VoteDoneScreenProps {
  result: CastBallot;
  onResults: () => void;
  onDone: () => void;
}

export function VoteDoneScreen({ result, onResults, onDone }: VoteDoneScreenProps) {
  const { t } = useTranslation();
  const receipt = useReceiptOutcome(result.receipt);
  const counted = result.state === 'counted';
  return (
    <main className="screen" data-testid="vote-done" data-state={result.state}>
      <h1>{counted ? t('vote.done.countedTitle') : t('vote.done.queuedTitle')}</h1>
      <p className="vote-code-label">{t('vote.done.code')}</p>
      <p className="vote-code" data-testid="vote-code">
        {result.confirmationCode}
      </p>
      <p className="screen__lead" data-testid="vote-state">
        {counted ? t('vote.done.counted') : t('vote.done.queued')}
      </p>
      <p
        className={`notice ${receipt === 'printed' ? 'notice--success' : 'notice--attention'}`}
        role="status"
        data-testid="vote-receipt"
        data-receipt={receipt}
      >
        {t(`vote.done.receipt.${receipt}`)}
      </p>
      <div className="action-row">
        <button
          type="button"
          className="secondary-button"
          data-testid="vote-see-results"
          onClick={onResults}
        >
          {t('vote.entry.results')}
        </button>
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="vote-finish"
          onClick={onDone}
        >
          {t('vote.done.finish')}
        </button>
      </div>
    </main>
  );
}
