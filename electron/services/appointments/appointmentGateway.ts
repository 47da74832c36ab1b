// The appointments extension as a port, in the kiosk's words, beside the centre's main port
// (CentreGateway.appointments), filled by the Open311 client's appointments calls. Absent where
// no centre is configured; a centre without the extension answers `unsupported`. A full slot is
// a typed answer (`slot-full`), so the sender can settle the booking as refused rather than
// retry it; every other failure is thrown and classified like the main port's.
import type {
  AppointmentsClient,
  BookResult,
  CancelResult,
  FindBookingResult,
  OutgoingBooking,
  SlotsResult,
} from '../../../upstream/client/appointmentsClient.js';

export type { OutgoingBooking } from '../../../upstream/client/appointmentsClient.js';

export interface AppointmentGateway {
  listSlots(): Promise<SlotsResult>;
  book(booking: OutgoingBooking, idempotencyKey: string): Promise<BookResult>;
  findBooking(code: string): Promise<FindBookingResult>;
  cancel(code: string, idempotencyKey: string): Promise<CancelResult>;
}

export function createAppointmentGateway(client: AppointmentsClient): AppointmentGateway {
  return {
    listSlots: () => client.getSlots(),
    book: (booking, key) => client.book(booking, key),
    findBooking: (code) => client.findBooking(code),
    cancel: (code, key) => client.cancel(code, key),
  };
}
