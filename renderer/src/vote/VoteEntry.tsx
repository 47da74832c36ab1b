// The vote's place on the 社区议事 tile: one large button into the open round and one to its
// results, or, where there is no vote (a plain Open311 centre, no round open, the centre away
// with nothing cached, a kiosk not set up for voting), one plain line saying so and where to go
// instead (the front desk, the hotline).
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import { type VoteRound, type voteNoneReasons } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { useJourneyOffer } from '../visit/useJourneyOffer.js';

/** Why there is no vote, in words: each with where to go instead. */
const noneWords: Record<(typeof voteNoneReasons)[number], string> = {
  'not-offered': 'vote.none.notOffered',
  'no-round': 'vote.none.noRound',
  unreachable: 'vote.none.unreachable',
  'not-set-up': 'vote.none.notSetUp',
};

interface VoteEntryProps {
  hotline: string;
  onVote: (round: VoteRound, live: boolean) => void;
  onResults: (round: VoteRound) => void;
}

export function VoteEntry({ hotline, onVote, onResults }: VoteEntryProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const state = useJourneyOffer('getVoteRound');
  if (state.status === 'loading') return null;
  const offer = state.status === 'ready' ? state.offer : null;
  if (offer?.kind !== 'open') {
    const reason = offer?.kind === 'none' ? offer.reason : 'unreachable';
    return (
      <p className="screen__lead" data-testid="vote-not-offered" data-reason={reason}>
        {t(noneWords[reason], { hotline })}
      </p>
    );
  }
  const { round, live } = offer;
  return (
    <div className="choice-grid">
      <BigChoice
        data-testid="vote-start"
        onClick={() => onVote(round, live)}
        title={localize(round.title)}
        hint={t('vote.entry.hint', { count: round.proposals.length, max: round.maxChoices })}
      />
      <button
        type="button"
        className="secondary-button"
        data-testid="vote-results-open"
        onClick={() => onResults(round)}
      >
        {t('vote.entry.results')}
      </button>
    </div>
  );
}
