// The registry of outbox senders, one file per kind. A journey that sends something adds its
// sender file and one line to `defaultSenders`; the worker dispatches on the entry's kind
// through here and never names a kind itself. An entry whose kind no sender owns (a row written
// by a newer kiosk) is held for staff by the worker, never sent blind, dropped or crashed on.
import { ballotSender } from './ballotSender.js';
import { appointmentSenders } from './appointmentSender.js';
import { ratingSender } from './ratingSender.js';
import { requestSender } from './requestSender.js';
import type { OutboxSender } from './senderProtocol.js';
import { surveySender } from './surveySender.js';
import { ticketSender } from './ticketSender.js';

export type { OutboxSender } from './senderProtocol.js';

export interface SenderRegistry {
  senderFor(kind: string): OutboxSender | undefined;
  /** Every kind this kiosk can send, in registration order. */
  kinds(): readonly string[];
}

export class DuplicateSenderKind extends Error {
  constructor(kind: string) {
    super(`two outbox senders claim the kind "${kind}"`);
    this.name = 'DuplicateSenderKind';
  }
}

/** A registry of the given senders; two senders for one kind are a programming error. */
export function senderRegistry(senders: readonly OutboxSender[]): SenderRegistry {
  const byKind = new Map<string, OutboxSender>();
  for (const sender of senders) {
    if (byKind.has(sender.kind)) throw new DuplicateSenderKind(sender.kind);
    byKind.set(sender.kind, sender);
  }
  return {
    senderFor: (kind) => byKind.get(kind),
    kinds: () => [...byKind.keys()],
  };
}

/** The senders of the kiosk's journeys. */
export const defaultSenders: readonly OutboxSender[] = [
  requestSender,
  ratingSender,
  surveySender,
  ballotSender,
  ...appointmentSenders,
  ticketSender,
];

export const defaultSenderRegistry: SenderRegistry = senderRegistry(defaultSenders);

/** The kinds whose entries keep a day, not a moment (left out of "oldest waiting"). */
export function undatedKinds(registry: SenderRegistry = defaultSenderRegistry): string[] {
  return registry.kinds().filter((kind) => registry.senderFor(kind)?.undated === true);
}
