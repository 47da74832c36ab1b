// Assisted entry's own screens: the resident reads back and confirms what staff entered for them
// before anything is sent. They have no home tile; staff start a journey from the staff desk.
import { PhoneScreen } from '../ask/PhoneScreen.js';
import type { AssistedScreen } from './assistedScreen.js';
import type { ScreenGroup } from '../visit/screenRegistry.js';
import { AssistedAskConfirm } from './AssistedAskConfirm.js';
import { AssistedEmergencyConfirm } from './AssistedEmergencyConfirm.js';

export const assistedScreens: ScreenGroup<AssistedScreen> = {
  screens: {
    'assisted-confirm': (screen, { nav, assisted }) =>
      assisted ? (
        <AssistedAskConfirm
          assisted={assisted}
          draft={screen.draft}
          onSubmitted={(result) => nav.restart({ name: 'ask-result', result })}
          onChange={nav.back}
        />
      ) : null,
    'assisted-emergency-phone': (_screen, { nav }) => (
      <PhoneScreen
        initial=""
        onNext={(phone) => nav.open({ name: 'assisted-emergency-confirm', phone })}
      />
    ),
    'assisted-emergency-confirm': (screen, { nav, assisted, card, onAssistedEmergency }) =>
      assisted && onAssistedEmergency ? (
        <AssistedEmergencyConfirm
          assisted={assisted}
          phone={screen.phone}
          card={card}
          onSend={onAssistedEmergency}
          onChange={nav.back}
        />
      ) : null,
  },
};
