// A ballot the kiosk or the centre will not take, in plain words: this resident has voted in
// this round already (here or at another kiosk), or the round has closed; what still counts,
// and where to ask.
import { useTranslation } from '../i18n/translation.js';

interface VoteRefusedScreenProps {
  reason: 'already-voted' | 'round-closed';
  hotline: string;
  onDone: () => void;
}

export function VoteRefusedScreen({ reason, hotline, onDone }: VoteRefusedScreenProps) {
  const { t } = useTranslation();
  const voted = reason === 'already-voted';
  return (
    <main className="screen" data-testid="vote-refused" data-reason={reason}>
      <h1>{voted ? t('vote.refused.alreadyVotedTitle') : t('vote.refused.closedTitle')}</h1>
      <p className="notice notice--attention" role="alert" data-testid="vote-refused-why">
        {voted
          ? t('vote.refused.alreadyVoted', { hotline })
          : t('vote.refused.closed', { hotline })}
      </p>
      <div className="action-row">
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
