// The votes per proposal the centre publishes, as plain bars: each proposal's title, a bar as
// long as its share of the most-voted one, and the number itself in large type (no chart
// library: a bar is a div, and the number is what counts). Paged like every list. Without the
// centre it says the results cannot be seen now.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { VoteResults, VoteRound } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import './vote.css';

interface VoteResultsScreenProps {
  round: VoteRound;
  hotline: string;
  onDone: () => void;
}

function useVoteResults(roundId: string): VoteResults | null {
  const client = useKioskClient();
  const [results, setResults] = useState<VoteResults | null>(null);
  useEffect(() => {
    let live = true;
    client.call('getVoteResults', { roundId }).then(
      (answer) => live && setResults(answer),
      () => live && setResults({ kind: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [client, roundId]);
  return results;
}

export function VoteResultsScreen({ round, hotline, onDone }: VoteResultsScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const results = useVoteResults(round.roundId);
  const votesOf = (id: string) =>
    results?.kind === 'published'
      ? (results.votes.find((v) => v.proposalId === id)?.votes ?? 0)
      : 0;
  const most = Math.max(1, ...round.proposals.map((p) => votesOf(p.id)));
  return (
    <main className="screen" data-testid="vote-results">
      <h1>{t('vote.results.title', { round: localize(round.title) })}</h1>
      {results === null ? <Loading /> : null}
      {results?.kind === 'unavailable' ? (
        <p className="notice notice--attention" data-testid="vote-results-unavailable">
          {t('vote.results.unavailable', { hotline })}
        </p>
      ) : null}
      {results?.kind === 'published' ? (
        <>
          <p className="screen__lead" data-testid="vote-results-ballots">
            {t('vote.results.ballots', { count: results.ballots })}
          </p>
          <Pager
            listClassName="vote-bars"
            label={t('vote.results.label')}
            items={round.proposals.map((proposal) => {
              const votes = votesOf(proposal.id);
              return (
                <div
                  key={proposal.id}
                  className="vote-bar"
                  data-testid={`vote-bar-${proposal.id}`}
                  data-votes={votes}
                >
                  <span className="vote-bar__title">{localize(proposal.title)}</span>
                  <span className="vote-bar__track">
                    <span
                      className="vote-bar__fill"
                      style={{ width: `${(votes / most) * 100}%` }}
                    />
                  </span>
                  <span className="vote-bar__votes">
                    {t('vote.results.votes', { count: votes })}
                  </span>
                </div>
              );
            })}
          />
        </>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="vote-results-done"
          onClick={onDone}
        >
          {t('vote.done.finish')}
        </button>
      </div>
    </main>
  );
}
