// The kiosk's client for the queue extension (upstream/wire/queue.ts): the window services and
// how many wait, a number for one press (its random client key makes a retried POST answer
// with the same number), a number the kiosk issued offline reported later, and the look-up of a
// press by its key. A platform without the extension answers 404, which is "unsupported" here,
// not a failure; every other failure is a CentreError like the rest of the client's.
import { idempotencyHeader } from '../wire/requestForm.js';
import {
  QueuePressOut,
  QueueServiceIn,
  QueueServiceList,
  QueueTicketReply,
  ReportedNumberOut,
  type QueueTicketIn,
} from '../wire/queue.js';
import { clientCodes, refuseLocally } from './centreError.js';
import type { CentreClientOptions } from './centreClient.js';
import { extensionMissingUnless, transportOf } from './extensionClient.js';
import { checkIdempotencyKey } from './localChecks.js';
import { parseReply } from './parseReply.js';
import { refuseUnlessOk } from './refusal.js';
import { exchange } from './transport.js';

export interface QueueWindowService {
  code: string;
  name: { 'zh-CN': string; 'zh-TW'?: string | undefined; en?: string | undefined };
  prefix: string;
  window: string;
  priorityAllowed: boolean;
  minutesPerResident: number;
  /** null: the platform did not say; the kiosk estimates. */
  waiting: number | null;
  waitingPriority: number | null;
  nowServing: string | null;
}

export interface QueueNumberIn {
  number: string;
  waitingAhead: number | null;
  window: string | null;
}

export type QueueListResult =
  { kind: 'listed'; services: QueueWindowService[]; skipped: number } | { kind: 'unsupported' };
export type QueueNumberResult = { kind: 'issued'; ticket: QueueNumberIn } | { kind: 'unsupported' };
export type QueueFindResult =
  { kind: 'found'; ticket: QueueNumberIn } | { kind: 'absent' } | { kind: 'unsupported' };

export interface QueueClient {
  getServices(): Promise<QueueListResult>;
  takeNumber(press: QueuePressOut, idempotencyKey: string): Promise<QueueNumberResult>;
  reportNumber(reported: ReportedNumberOut, idempotencyKey: string): Promise<QueueNumberResult>;
  findNumber(clientKey: string): Promise<QueueFindResult>;
}

/** A 404 that is the extension missing, not a code the queue extension itself sends. */
const extensionMissing = extensionMissingUnless(
  (code) => code.startsWith('queue') || code === 'service_code_not_found',
);

const serviceOf = (read: QueueServiceIn): QueueWindowService => ({
  code: read.service_code,
  name: read.name,
  prefix: read.prefix,
  window: read.window,
  priorityAllowed: read.priority_allowed,
  minutesPerResident: read.minutes_per_resident,
  waiting: read.waiting,
  waitingPriority: read.waiting_priority,
  nowServing: read.now_serving,
});

const numberOf = (ticket: QueueTicketIn): QueueNumberIn => ({
  number: ticket.number,
  waitingAhead: ticket.waiting_ahead,
  window: ticket.window,
});

function checked<T>(
  schema: { safeParse(value: unknown): { success: boolean; data?: T } },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success || parsed.data === undefined) {
    throw refuseLocally(clientCodes.payloadInvalid, 'Queue number not sent: the press is invalid.');
  }
  return parsed.data;
}

export function queuePressForm(press: QueuePressOut, apiKey: string): URLSearchParams {
  const data = checked(QueuePressOut, press);
  return new URLSearchParams([
    ['api_key', apiKey],
    ['client_key', data.clientKey],
    ['service_code', data.serviceCode],
    ['priority', String(data.priority)],
    ['kiosk_id', data.kioskId],
  ]);
}

export function reportedNumberForm(reported: ReportedNumberOut, apiKey: string): URLSearchParams {
  const { number, issuedAt, ...press } = checked(ReportedNumberOut, reported);
  const form = queuePressForm(press, apiKey);
  form.append('number', number);
  form.append('issued_datetime', issuedAt);
  return form;
}

export function createQueueClient(options: CentreClientOptions): QueueClient {
  const transport = transportOf(options, 256 * 1024);
  const auth = { api_key: options.apiKey };
  const post = async (path: string, form: URLSearchParams, key: string) => {
    checkIdempotencyKey(key);
    const answer = await exchange(transport, {
      method: 'POST',
      path,
      headers: { [idempotencyHeader]: key },
      form,
    });
    if (extensionMissing(answer)) return { kind: 'unsupported' } as const;
    refuseUnlessOk(transport, answer);
    const [ticket] = parseReply(answer, QueueTicketReply);
    return { kind: 'issued', ticket: numberOf(ticket) } as const;
  };
  return {
    async getServices() {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'x/queue/services.json',
        query: auth,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      const services: QueueWindowService[] = [];
      let skipped = 0;
      for (const item of parseReply(answer, QueueServiceList)) {
        const read = QueueServiceIn.safeParse(item);
        if (read.success) services.push(serviceOf(read.data));
        else skipped += 1;
      }
      return { kind: 'listed', services, skipped };
    },
    // async: a press refused here rejects like any failed call, it never throws at the caller.
    takeNumber: async (press, key) =>
      post('x/queue/tickets.json', queuePressForm(press, options.apiKey), key),
    reportNumber: async (reported, key) =>
      post('x/queue/reported.json', reportedNumberForm(reported, options.apiKey), key),
    async findNumber(clientKey) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `x/queue/tickets/${encodeURIComponent(clientKey)}.json`,
        query: auth,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      if (answer.status === 404) return { kind: 'absent' };
      refuseUnlessOk(transport, answer);
      const [ticket] = parseReply(answer, QueueTicketReply);
      return { kind: 'found', ticket: numberOf(ticket) };
    },
  };
}
