// One proposal, one card: its picture, title, cost and description in large type, the whole
// card one button that chooses it (and chooses it no more on a second tap).
import { useTranslation } from '../i18n/translation.js';
import type { VoteProposal } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';

interface ProposalCardProps {
  proposal: VoteProposal;
  chosen: boolean;
  onToggle: () => void;
}

export function ProposalCard({ proposal, chosen, onToggle }: ProposalCardProps) {
  const { t, i18n } = useTranslation();
  const localize = useLocalize();
  const cost = new Intl.NumberFormat(i18n.language).format(proposal.costYuan);
  return (
    <button
      type="button"
      className="proposal-card"
      aria-pressed={chosen}
      data-testid={`vote-proposal-${proposal.id}`}
      onClick={onToggle}
    >
      {proposal.picture ? (
        <img className="proposal-card__picture" src={proposal.picture} alt="" />
      ) : null}
      <span className="proposal-card__text">
        <span className="proposal-card__title">{localize(proposal.title)}</span>
        <span className="proposal-card__cost">{t('vote.proposals.cost', { cost })}</span>
        {proposal.description ? (
          <span className="proposal-card__description">{localize(proposal.description)}</span>
        ) : null}
      </span>
      <span className="proposal-card__mark">
        {chosen ? t('vote.proposals.chosen') : t('vote.proposals.choose')}
      </span>
    </button>
  );
}
