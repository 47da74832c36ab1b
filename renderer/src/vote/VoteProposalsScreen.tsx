// The round's proposals, one card each, paged when they do not fit (never scrolled), with the
// count in plain words ("已选 2 项，最多 3 项") and one "next". A tap beyond the maximum chooses
// nothing and says why. While the centre is away the screen says the ballot will be counted
// when it confirms, before the resident starts.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { VoteRound } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import { ProposalCard } from './ProposalCard.js';
import './vote.css';

interface VoteProposalsScreenProps {
  round: VoteRound;
  live: boolean;
  choices: string[];
  onNext: (choices: string[]) => void;
}

export function VoteProposalsScreen({ round, live, choices, onNext }: VoteProposalsScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [picked, setPicked] = useState<string[]>(choices);
  const [full, setFull] = useState(false);
  const toggle = (id: string) => {
    if (picked.includes(id)) {
      setFull(false);
      setPicked(picked.filter((chosen) => chosen !== id));
    } else if (picked.length >= round.maxChoices) setFull(true);
    else setPicked([...picked, id]);
  };
  // Sent in the round's own order, whatever order they were tapped in.
  const inOrder = round.proposals.map((p) => p.id).filter((id) => picked.includes(id));
  return (
    <main className="screen" data-testid="vote-proposals">
      <h1>{localize(round.title)}</h1>
      <p className="vote-count" role="status" data-testid="vote-count">
        {t('vote.proposals.count', { count: picked.length, max: round.maxChoices })}
      </p>
      {full ? (
        <p className="notice notice--attention" role="alert" data-testid="vote-full">
          {t('vote.proposals.full', { max: round.maxChoices })}
        </p>
      ) : null}
      {live ? null : (
        <p className="notice notice--attention" data-testid="vote-offline">
          {t('vote.proposals.offline')}
        </p>
      )}
      <Pager
        listClassName="proposal-list"
        label={localize(round.title)}
        items={round.proposals.map((proposal) => (
          <ProposalCard
            key={proposal.id}
            proposal={proposal}
            chosen={picked.includes(proposal.id)}
            onToggle={() => toggle(proposal.id)}
          />
        ))}
      />
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="vote-next"
          disabled={picked.length === 0}
          onClick={() => onNext(inOrder)}
        >
          {picked.length === 0 ? t('vote.proposals.pickFirst') : t('vote.proposals.next')}
        </button>
      </div>
    </main>
  );
}
