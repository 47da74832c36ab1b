// Appointments and home visits (服务预约) behind the "服务预约" tile: the services and the
// look-up; a booking service → day → time → phone or card → confirm → result; a booking found
// by its code, cancelled or moved. What the resident chose travels in the screens' own data;
// the phone and the card stay in the main process once booked (electron/services/appointments).
import { PhoneScreen } from '../ask/PhoneScreen.js';
import type { JourneyRegistration } from '../visit/screenRegistry.js';
import { AppointmentsHomeScreen } from './AppointmentsHomeScreen.js';
import type { AppointmentsScreen } from './appointmentsScreen.js';
import { appointmentsStep } from './appointmentsStep.js';
import { BookingResultScreen } from './BookingResultScreen.js';
import { BookingScreen } from './BookingScreen.js';
import { CardScreen } from './CardScreen.js';
import { ConfirmBookingScreen } from './ConfirmBookingScreen.js';
import { ContactChoiceScreen } from './ContactChoiceScreen.js';
import { DayScreen } from './DayScreen.js';
import { LookupScreen } from './LookupScreen.js';
import { SlotScreen } from './SlotScreen.js';

export const appointmentsJourney: JourneyRegistration<AppointmentsScreen, 'appointments'> = {
  id: 'appointments',
  start: { name: 'appointments-home' },
  finished: ['appointments-result'],
  step: appointmentsStep,
  screens: {
    'appointments-home': (_screen, { nav, hotline }) => (
      <AppointmentsHomeScreen
        hotline={hotline}
        onService={(service) => nav.open({ name: 'appointments-day', service })}
        onLookup={() => nav.open({ name: 'appointments-lookup' })}
      />
    ),
    'appointments-day': ({ service }, { nav }) => (
      <DayScreen
        service={service}
        onDay={(date) => nav.open({ name: 'appointments-slot', service, date })}
      />
    ),
    'appointments-slot': ({ service, date }, { nav }) => (
      <SlotScreen
        service={service}
        date={date}
        onSlot={(slot) => nav.open({ name: 'appointments-contact', service, slot })}
      />
    ),
    'appointments-contact': ({ service, slot }, { nav }) => (
      <ContactChoiceScreen
        onPhone={() => nav.open({ name: 'appointments-phone', service, slot })}
        onCard={() => nav.open({ name: 'appointments-card', service, slot })}
      />
    ),
    'appointments-phone': ({ service, slot }, { nav }) => (
      <PhoneScreen
        initial=""
        onNext={(phone) =>
          nav.open({
            name: 'appointments-confirm',
            service,
            slot,
            contact: { kind: 'phone', phone },
          })
        }
      />
    ),
    'appointments-card': ({ service, slot }, { nav, demoMode, card, onCard }) => (
      <CardScreen
        demoMode={demoMode}
        visitCard={card}
        onCard={(read) => {
          onCard(read);
          nav.open({
            name: 'appointments-confirm',
            service,
            slot,
            contact: { kind: 'card', cardToken: read.token, name: read.name },
          });
        }}
        onPhone={() => nav.open({ name: 'appointments-phone', service, slot })}
      />
    ),
    'appointments-confirm': ({ service, slot, contact }, { nav, hotline }) => (
      <ConfirmBookingScreen
        service={service}
        slot={slot}
        contact={contact}
        hotline={hotline}
        onBooked={(made) => nav.restart({ name: 'appointments-result', made })}
      />
    ),
    'appointments-result': ({ made }, { onForget }) => (
      <BookingResultScreen made={made} onDone={onForget} />
    ),
    'appointments-lookup': (_screen, { nav, hotline }) => (
      <LookupScreen
        hotline={hotline}
        onFound={(booking) => nav.open({ name: 'appointments-booking', booking })}
      />
    ),
    'appointments-booking': ({ booking }, { nav, hotline }) => (
      <BookingScreen
        key={`${booking.code}-${booking.state}`}
        booking={booking}
        hotline={hotline}
        onChanged={(changed) => nav.restart({ name: 'appointments-booking', booking: changed })}
        onRebooked={(made) => nav.restart({ name: 'appointments-result', made })}
      />
    ),
  },
};
