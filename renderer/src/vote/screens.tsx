// The micro-projects vote (民生微实事) behind the 社区议事 tile: the proposals, the ID card, the
// read-back, then the receipt, a plain refusal, or the results. A screen group, not a journey:
// the tile opens the survey's first screen, which offers the vote (VoteEntry.tsx).
import type { ScreenGroup } from '../visit/screenRegistry.js';
import { VoteCardScreen } from './VoteCardScreen.js';
import { VoteConfirmScreen } from './VoteConfirmScreen.js';
import { VoteDoneScreen } from './VoteDoneScreen.js';
import { VoteProposalsScreen } from './VoteProposalsScreen.js';
import { VoteRefusedScreen } from './VoteRefusedScreen.js';
import { VoteResultsScreen } from './VoteResultsScreen.js';
import type { VoteScreen } from './voteScreen.js';
import { voteStep } from './voteStep.js';

export const voteScreens: ScreenGroup<VoteScreen> = {
  finished: ['vote-done', 'vote-refused'],
  step: voteStep,
  screens: {
    'vote-proposals': (screen, { nav }) => (
      <VoteProposalsScreen
        round={screen.round}
        live={screen.live}
        choices={screen.choices}
        onNext={(choices) => nav.open({ ...screen, name: 'vote-card', choices })}
      />
    ),
    'vote-card': (screen, { nav, demoMode, card, onCard }) => (
      <VoteCardScreen
        demoMode={demoMode}
        visitCard={card}
        onCard={(read) => {
          onCard(read);
          nav.open({ ...screen, name: 'vote-confirm', card: read });
        }}
        onBack={nav.back}
      />
    ),
    'vote-confirm': (screen, { nav }) => (
      <VoteConfirmScreen
        round={screen.round}
        choices={screen.choices}
        card={screen.card}
        onChange={() => nav.open({ ...screen, name: 'vote-proposals' })}
        onAnswer={(result) =>
          nav.restart(
            result.kind === 'cast'
              ? { name: 'vote-done', round: screen.round, result }
              : { name: 'vote-refused', reason: result.kind },
          )
        }
      />
    ),
    'vote-done': (screen, { nav, onForget }) => (
      <VoteDoneScreen
        result={screen.result}
        onResults={() => nav.open({ name: 'vote-results', round: screen.round })}
        onDone={onForget}
      />
    ),
    'vote-refused': (screen, { hotline, onForget }) => (
      <VoteRefusedScreen reason={screen.reason} hotline={hotline} onDone={onForget} />
    ),
    'vote-results': (screen, { hotline, onForget }) => (
      <VoteResultsScreen round={screen.round} hotline={hotline} onDone={onForget} />
    ),
  },
};
