// One resident's visit: where they are, the card they placed, the emergency they sent. It is
// mounted afresh for every visit, so forgetting a visit drops all of it at once.
import { useEffect, useState } from 'react';
import type { CardHolder, KioskInfo } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAssisted } from '../assisted/AssistedContext.js';
import { AssistedNotice } from '../assisted/AssistedNotice.js';
import { useAssistedJourneyStart } from '../assisted/useAssistedJourneyStart.js';
import { CardReadContext } from '../card/CardReadContext.js';
import { createCardReadLoop } from '../card/cardReadLoop.js';
import { NavBar } from '../components/NavBar.js';
import { useEmergency } from '../emergency/useEmergency.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { HomeScreen } from '../screens/HomeScreen.js';
import { ScreenView } from './ScreenView.js';
import { finishedScreens, journeyStart, journeyStep } from './journeyRegistry.js';
import { useNavigation } from './useNavigation.js';

interface VisitProps {
  info: KioskInfo;
  /** Ends the visit: home, endVisit, nothing of this resident kept. */
  onForget: () => void;
  /** Tells the shell whether anything of this resident is on screen or held (for the idle reset). */
  onPresenceChange: (present: boolean) => void;
}

export function Visit({ info, onForget, onPresenceChange }: VisitProps) {
  const client = useKioskClient();
  const language = useLanguage();
  const nav = useNavigation();
  const [card, setCard] = useState<CardHolder | null>(null);
  const [reader] = useState(() => createCardReadLoop(client));
  const emergency = useEmergency();
  const screen = nav.screen;
  const assisted = useAssisted();
  useAssistedJourneyStart(nav.restart);

  useEffect(() => () => reader.dispose(), [reader]);

  const present = screen.name !== 'home' || card !== null || emergency.outcome !== null;
  useEffect(() => onPresenceChange(present), [present, onPresenceChange]);

  const finished = finishedScreens.has(screen.name);
  const openEmergency = () => {
    // Entered by staff, the emergency first asks for the phone and the resident's word.
    if (assisted) return nav.open({ name: 'assisted-emergency-phone' });
    emergency.send(card, language);
    nav.open({ name: 'emergency' });
  };
  return (
    <CardReadContext.Provider value={reader}>
      {screen.name === 'home' ? (
        <HomeScreen
          onEmergency={openEmergency}
          onJourney={(journey) => nav.open(journeyStart(journey))}
        />
      ) : (
        <>
          <NavBar
            onBack={finished ? onForget : nav.back}
            onHome={nav.journeyEnded ? onForget : nav.home}
            step={journeyStep(screen)}
          />
          <AssistedNotice />
          <ScreenView
            onAssistedEmergency={(phone, submission) => {
              emergency.send(card, language, { phone, submission });
              nav.restart({ name: 'emergency' });
            }}
            screen={screen}
            nav={nav}
            info={info}
            card={card}
            onCard={setCard}
            emergency={emergency.outcome}
            onForget={onForget}
            onEmergency={openEmergency}
          />
        </>
      )}
    </CardReadContext.Provider>
  );
}
