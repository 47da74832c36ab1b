// Take a number (取号) for the front-desk window (一窗受理): choose the service, priority or not
// where allowed, and the number with its printed ticket. Works with the centre unreachable (a
// number issued here, the wait estimated) and says plainly where numbers are not taken here.
import type { JourneyRegistration } from '../visit/screenRegistry.js';
import { PriorityScreen } from './PriorityScreen.js';
import { QueueServicesScreen } from './QueueServicesScreen.js';
import { TakenNumberScreen } from './TakenNumberScreen.js';
import type { TakeNumberScreen } from './takeNumberScreen.js';

export const takeNumberJourney: JourneyRegistration<TakeNumberScreen, 'takeNumber'> = {
  id: 'takeNumber',
  start: { name: 'take-number-services' },
  finished: ['take-number-result'],
  screens: {
    'take-number-services': (_screen, { nav, hotline }) => (
      <QueueServicesScreen
        hotline={hotline}
        onPriority={(service) => nav.open({ name: 'take-number-priority', service })}
        onTaken={(taken) => nav.restart({ name: 'take-number-result', taken })}
      />
    ),
    'take-number-priority': (screen, { nav, hotline }) => (
      <PriorityScreen
        service={screen.service}
        hotline={hotline}
        onTaken={(taken) => nav.restart({ name: 'take-number-result', taken })}
      />
    ),
    'take-number-result': (screen, { onForget }) => (
      <TakenNumberScreen taken={screen.taken} onDone={onForget} />
    ),
  },
};
