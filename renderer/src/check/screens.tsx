// "Check my request": find a request by ticket, card or QR code, see its stage, print a slip,
// and rate it once it is done.
import type { JourneyRegistration } from '../visit/screenRegistry.js';
import { CheckCardScreen } from './CheckCardScreen.js';
import { CheckMenuScreen } from './CheckMenuScreen.js';
import { PhoneDigitsScreen } from './PhoneDigitsScreen.js';
import { RateScreen } from './RateScreen.js';
import { RatedScreen } from './RatedScreen.js';
import { RequestListScreen } from './RequestListScreen.js';
import type { CheckScreen } from './checkScreen.js';
import { StatusScreen } from './StatusScreen.js';
import { TicketEntryScreen } from './TicketEntryScreen.js';

export const checkJourney: JourneyRegistration<CheckScreen, 'checkRequest'> = {
  id: 'checkRequest',
  start: { name: 'check-menu' },
  finished: ['rated'],
  screens: {
    'check-menu': (_screen, { nav, hotline }) => (
      <CheckMenuScreen
        hotline={hotline}
        onDigits={() => nav.open({ name: 'check-ticket' })}
        onCard={() => nav.open({ name: 'check-card' })}
        onFound={(status, requestKey) => nav.open({ name: 'check-status', status, requestKey })}
      />
    ),
    'check-ticket': (_screen, { nav, hotline }) => (
      <TicketEntryScreen
        hotline={hotline}
        onFound={(status, requestKey) => nav.open({ name: 'check-status', status, requestKey })}
      />
    ),
    'check-card': (_screen, { nav, hotline, demoMode, card, onCard }) => (
      <CheckCardScreen
        demoMode={demoMode}
        hotline={hotline}
        visitCard={card}
        onCard={onCard}
        onFound={(requests, found) =>
          nav.open({ name: 'check-list', requests, cardToken: found.token })
        }
        onDigits={() => nav.open({ name: 'check-ticket' })}
      />
    ),
    'check-list': (screen, { nav, hotline }) => (
      <RequestListScreen
        requests={screen.requests}
        hotline={hotline}
        onPick={(status) =>
          nav.open({
            name: 'check-status',
            status,
            requestKey: {
              ticket: status.ticket,
              proof: { kind: 'card', cardToken: screen.cardToken },
            },
          })
        }
      />
    ),
    'check-status': (screen, { nav, onForget, showReceipt }) => (
      <StatusScreen
        status={screen.status}
        requestKey={screen.requestKey}
        onUnlock={() => nav.open({ name: 'check-unlock', requestKey: screen.requestKey })}
        onRate={() =>
          nav.open({ name: 'rate', status: screen.status, requestKey: screen.requestKey })
        }
        onDone={onForget}
        onShowReceipt={showReceipt}
      />
    ),
    'check-unlock': (screen, { nav, hotline }) => (
      <PhoneDigitsScreen
        requestKey={screen.requestKey}
        hotline={hotline}
        onOpened={(status, requestKey) => nav.open({ name: 'check-status', status, requestKey })}
        onCard={() => nav.open({ name: 'check-card' })}
      />
    ),
    rate: (screen, { nav }) => (
      <RateScreen
        status={screen.status}
        requestKey={screen.requestKey}
        onRated={(stars) => nav.restart({ name: 'rated', stars })}
      />
    ),
    rated: (screen, { onForget }) => <RatedScreen stars={screen.stars} onDone={onForget} />,
  },
};
