// "第 2 步，共 5 步" while a booking is made: service, day, time, phone or card, confirm. The
// first screen (which also offers the look-up) counts as the service step; the look-up and the
// result are not steps.
import type { JourneyStep } from '../visit/journeyStep.js';
import type { AppointmentsScreen } from './appointmentsScreen.js';

const total = 5;
const steps: Partial<Record<AppointmentsScreen['name'], number>> = {
  'appointments-day': 2,
  'appointments-slot': 3,
  'appointments-contact': 4,
  'appointments-phone': 4,
  'appointments-card': 4,
  'appointments-confirm': 5,
};

export function appointmentsStep(screen: AppointmentsScreen): JourneyStep | null {
  const step = steps[screen.name];
  return step === undefined ? null : { step, total };
}
