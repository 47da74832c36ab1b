// "Contact the centre" (联系服务中心): the hotline, hours and address; the resident's grid worker
// from the ID card or a street; the service points near them; a contact slip to take home.
// Everything comes from the directory on the kiosk, so it works with the centre's network down.
import type { JourneyRegistration } from '../visit/screenRegistry.js';
import { ContactCardScreen } from './ContactCardScreen.js';
import { ContactCentreScreen } from './ContactCentreScreen.js';
import { ContactGridScreen } from './ContactGridScreen.js';
import type { ContactScreen } from './contactScreen.js';
import { ServicePointsScreen } from './ServicePointsScreen.js';
import { StreetListScreen } from './StreetListScreen.js';

export const contactJourney: JourneyRegistration<ContactScreen, 'contactCentre'> = {
  id: 'contactCentre',
  start: { name: 'contact-centre' },
  // Found with the resident's card: leaving it forgets the visit and the card with it.
  finished: ['contact-card-grid'],
  screens: {
    'contact-centre': (_screen, { nav, hotline, onForget, showReceipt }) => (
      <ContactCentreScreen
        hotline={hotline}
        onCard={(info) => nav.open({ name: 'contact-card', streets: info.streets })}
        onStreets={(info) =>
          nav.open({ name: 'contact-streets', streets: info.streets, cardNoGrid: false })
        }
        onPoints={(info) => nav.open({ name: 'contact-points', info })}
        onDone={onForget}
        onShowReceipt={showReceipt}
      />
    ),
    'contact-card': (screen, { nav, hotline, demoMode, card, onCard }) => (
      <ContactCardScreen
        demoMode={demoMode}
        hotline={hotline}
        visitCard={card}
        onCard={onCard}
        onFound={(info) =>
          info.place.outcome === 'grids'
            ? nav.open({ name: 'contact-card-grid', info })
            : nav.open({ name: 'contact-streets', streets: info.streets, cardNoGrid: true })
        }
        onStreets={() =>
          nav.open({ name: 'contact-streets', streets: screen.streets, cardNoGrid: false })
        }
      />
    ),
    'contact-streets': (screen, { nav, hotline }) => (
      <StreetListScreen
        streets={screen.streets}
        cardNoGrid={screen.cardNoGrid}
        hotline={hotline}
        onFound={(info, street) => nav.open({ name: 'contact-street-grid', info, street })}
      />
    ),
    'contact-card-grid': (screen, { onForget, showReceipt }) => (
      <ContactGridScreen
        info={screen.info}
        street={null}
        onDone={onForget}
        onShowReceipt={showReceipt}
      />
    ),
    'contact-street-grid': (screen, { onForget, showReceipt }) => (
      <ContactGridScreen
        info={screen.info}
        street={screen.street}
        onDone={onForget}
        onShowReceipt={showReceipt}
      />
    ),
    'contact-points': (screen, { onForget, showReceipt }) => (
      <ServicePointsScreen info={screen.info} onDone={onForget} onShowReceipt={showReceipt} />
    ),
  },
};
