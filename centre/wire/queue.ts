// The queue extension's wire (取号): GET /x/queue/services.json lists the window services with
// how many wait, POST /x/queue/tickets.json issues a number under the kiosk's client key (a retry
// with the same key gets the same number), GET /x/queue/tickets/{client_key}.json finds one, and
// POST /x/queue/reported.json accepts a number a kiosk issued itself while it could not reach the
// centre. Forms refuse any field not listed here.
import { z } from 'zod';

export const queueTicketFields = [
  'api_key',
  'jurisdiction_id',
  'client_key',
  'service_code',
  'priority',
  'kiosk_id',
] as const;

export const reportedTicketFields = [...queueTicketFields, 'number', 'issued_datetime'] as const;

export const QueueTicketForm = z.object({
  client_key: z.uuid(),
  service_code: z.string().min(1).max(60),
  priority: z.enum(['true', 'false']).default('false'),
  kiosk_id: z
    .string()
    .regex(/^[A-Z][0-9]{2}$/)
    .optional(),
});

export const ReportedTicketForm = QueueTicketForm.extend({
  kiosk_id: z.string().regex(/^[A-Z][0-9]{2}$/),
  number: z.string().min(2).max(16),
  issued_datetime: z.iso.datetime({ offset: true }),
});
