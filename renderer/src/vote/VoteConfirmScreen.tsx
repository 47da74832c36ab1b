// The read-back before the ballot goes: the chosen proposals, the card by its masked number only,
// and one "vote". A ballot is final, which the screen says; the answer is a receipt, or a plain
// refusal (already voted in this round, the round has closed).
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { BallotResult, CardHolder, VoteRound } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';

interface VoteConfirmScreenProps {
  round: VoteRound;
  choices: string[];
  card: CardHolder;
  onChange: () => void;
  onAnswer: (result: BallotResult) => void;
}

export function VoteConfirmScreen(props: VoteConfirmScreenProps) {
  const { round, choices, card, onChange, onAnswer } = props;
  const { t } = useTranslation();
  const localize = useLocalize();
  const language = useLanguage();
  const client = useKioskClient();
  const cast = useCallback(
    () =>
      client.call('castBallot', {
        roundId: round.roundId,
        cardToken: card.token,
        choices,
        language,
      }),
    [client, round, card, choices, language],
  );
  const [submit, state] = useAction(cast, onAnswer);
  return (
    <main className="screen screen--confirm" data-testid="vote-confirm">
      <h1>{t('vote.confirm.title')}</h1>
      <p className="screen__lead">{t('vote.confirm.final')}</p>
      <ol className="vote-chosen" data-testid="vote-chosen">
        {choices.map((id) => {
          const proposal = round.proposals.find((p) => p.id === id);
          return <li key={id}>{proposal ? localize(proposal.title) : id}</li>;
        })}
      </ol>
      <p className="vote-voter" data-testid="vote-voter">
        {t('vote.confirm.card', { masked: card.maskedIdNumber })}
      </p>
      {state.error ? (
        <p className="notice notice--error" role="alert" data-testid="vote-error">
          {t(state.reason === 'card-expired' ? 'vote.confirm.cardExpired' : 'vote.confirm.failed')}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="secondary-button"
          data-testid="vote-change"
          onClick={onChange}
        >
          {t('vote.confirm.change')}
        </button>
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="vote-submit"
          disabled={state.pending}
          onClick={() => submit()}
        >
          {state.pending ? t('vote.confirm.sending') : t('vote.confirm.submit')}
        </button>
      </div>
    </main>
  );
}
