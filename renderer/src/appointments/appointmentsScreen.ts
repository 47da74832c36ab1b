// The screens of appointments and home visits (服务预约), each carrying what the resident chose
// so far. The home tile "服务预约" opens appointments-home: the services, and "look up or cancel
// my booking". A booking is made service → day → time slot → phone or ID card → confirm →
// result (the booking code, the receipt); a look-up by code shows the booking and lets the
// resident cancel it or, when its slot was taken meanwhile, choose another in one tap.
import type {
  AppointmentService,
  AppointmentSlot,
  BookingMade,
  BookingView,
} from '../../../contract/index.js';

export type BookingContactChoice =
  | { kind: 'phone'; phone: string }
  /** The card read in this visit; the page holds only its token and what it shows. */
  | { kind: 'card'; cardToken: string; name: string };

export type AppointmentsScreen =
  | { name: 'appointments-home' }
  | { name: 'appointments-day'; service: AppointmentService }
  | { name: 'appointments-slot'; service: AppointmentService; date: string }
  | { name: 'appointments-contact'; service: AppointmentService; slot: AppointmentSlot }
  | { name: 'appointments-phone'; service: AppointmentService; slot: AppointmentSlot }
  | { name: 'appointments-card'; service: AppointmentService; slot: AppointmentSlot }
  | {
      name: 'appointments-confirm';
      service: AppointmentService;
      slot: AppointmentSlot;
      contact: BookingContactChoice;
    }
  | { name: 'appointments-result'; made: BookingMade }
  | { name: 'appointments-lookup' }
  | { name: 'appointments-booking'; booking: BookingView };
