// Take a number (取号) for the front-desk window. The services list is asked of the centre each
// time the tile opens and cached with the last known queue state (migration 0021), so the tile
// still works while the centre is unreachable. A number comes from the centre when it answers
// (with the wait ahead it says); when it does not, the kiosk issues one from its own space
// (offlineNumber.ts: unique across every kiosk of the centre), estimates the wait
// (waitEstimate.ts, shown and printed as 约), and saves the number with its outbox entry in one
// transaction, so the centre gets it exactly once when it is back (senders/ticketSender.ts).
// The same random client key goes with the online press and the offline report: if the centre
// issued a number whose reply never came, the kiosk's own number replaces it there. Then the
// ticket prints, the number large (receipts/queueTicket.ts).
import type { Database } from 'better-sqlite3';
import {
  KioskError,
  type LocalizedText,
  type QueueOffer,
  type TakeNumberInput,
  type TakenNumber,
} from '../../../contract/index.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import {
  type CachedWindowService,
  type QueueState,
  type StoredQueueNumber,
  forgetPastNumbers,
  forgetWindowServices,
  insertQueueNumber,
  nextKioskSequence,
  numbersOfDay,
  readWindowServices,
  saveWindowServices,
} from '../../../db/repositories/queueNumbers.js';
import { errorFields } from '../errorFields.js';
import { localDateTime } from '../intake/localTime.js';
import { serviceDate } from '../intake/serviceDate.js';
import type { Logger } from '../logger.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import type { FailureClassifier, QueueGateway } from '../upload/centreGateway.js';
import { queueNumberKind } from '../upload/senders/ticketSender.js';
import { offlineNumber } from './offlineNumber.js';
import { buildQueueTicket } from '../receipts/queueTicket.js';
import { estimateAhead } from './waitEstimate.js';
import { readCachedService, serviceNames } from './windowServiceRead.js';

export interface TakeNumberServiceDeps {
  db: Database;
  /** Absent: no centre configured; the tile then says taking a number is not offered. */
  gateway: QueueGateway | undefined;
  classify: FailureClassifier;
  kioskId: string;
  centreNames: LocalizedText;
  timeZone: string;
  printing: Pick<PrintService, 'submit' | 'notPrinted'>;
  logger: Logger;
  now: () => Date;
  randomUuid: () => string;
  /** A number issued offline was saved: the upload worker may report it now. */
  onSaved: () => void;
}

export interface TakeNumberService {
  getQueue(): Promise<QueueOffer>;
  takeNumber(input: TakeNumberInput): Promise<TakenNumber>;
}

interface KnownService {
  service: CachedWindowService;
  state: QueueState;
}

export function createTakeNumberService(deps: TakeNumberServiceDeps): TakeNumberService {
  const { db, logger } = deps;
  const today = () => serviceDate(deps.now(), deps.timeZone);

  const cached = (): KnownService[] =>
    readWindowServices(db).flatMap(({ service, state }) => {
      const read = readCachedService(service);
      return read ? [{ service: read, state }] : [];
    });

  const estimate = (known: KnownService, priority: boolean) =>
    estimateAhead({
      state: known.state,
      today: today(),
      numbersHere: numbersOfDay(db, known.service.code, today()),
      now: deps.now(),
      minutesPerResident: known.service.minutesPerResident,
      priority,
    });

  const view = (known: KnownService, live: boolean) => {
    const said = live ? known.state.waiting : null;
    return {
      code: known.service.code,
      name: serviceNames(known.service.name),
      window: known.service.window,
      priorityAllowed: known.service.priorityAllowed,
      waiting: said ?? estimate(known, false),
      estimated: said === null,
    };
  };

  const offer = (known: KnownService[], live: boolean): QueueOffer =>
    known.length > 0
      ? { kind: 'open', services: known.map((k) => view(k, live)) }
      : { kind: 'none', reason: live ? 'not-offered' : 'unreachable' };

  const offline = (known: KnownService, input: TakeNumberInput, clientKey: string) => {
    const at = deps.now();
    const day = today();
    return db.transaction((): StoredQueueNumber => {
      const waitingAhead = estimate(known, input.priority);
      const sequence = nextKioskSequence(db, known.service.code, day, input.priority);
      const number: StoredQueueNumber = {
        clientKey,
        serviceCode: known.service.code,
        serviceDay: day,
        number: offlineNumber(known.service.prefix, input.priority, sequence, deps.kioskId),
        priority: input.priority,
        source: 'kiosk',
        kioskId: deps.kioskId,
        sequence,
        issuedAt: at.toISOString(),
        waitingAhead,
        estimated: true,
        atCentre: false,
      };
      insertQueueNumber(db, number);
      enqueue(db, {
        kind: queueNumberKind,
        subjectId: clientKey,
        idempotencyKey: deps.randomUuid(),
        priority: 1,
        now: at.toISOString(),
      });
      return number;
    })();
  };

  const online = async (known: KnownService, input: TakeNumberInput, clientKey: string) => {
    const gateway = deps.gateway;
    if (!gateway) return null;
    const press = {
      clientKey,
      serviceCode: known.service.code,
      priority: input.priority,
      kioskId: deps.kioskId,
    };
    try {
      const reply = await gateway.takeNumber(press, deps.randomUuid());
      if (reply.kind === 'unsupported') {
        forgetWindowServices(db);
        throw new KioskError('unavailable', 'take-number-not-offered');
      }
      const said = reply.ticket.waitingAhead;
      const number: StoredQueueNumber = {
        clientKey,
        serviceCode: known.service.code,
        serviceDay: today(),
        number: reply.ticket.number,
        priority: input.priority,
        source: 'centre',
        kioskId: deps.kioskId,
        sequence: null,
        issuedAt: deps.now().toISOString(),
        waitingAhead: said ?? estimate(known, input.priority),
        estimated: said === null,
        atCentre: true,
      };
      insertQueueNumber(db, number);
      return number;
    } catch (error) {
      if (error instanceof KioskError) throw error;
      const failure = deps.classify(error);
      logger.warn('the centre did not give a queue number; issuing one here', {
        failure: failure.kind,
        status: failure.status,
      });
      if (failure.kind === 'permanent') {
        throw new KioskError('invalid-input', 'take-number-refused', ['serviceCode']);
      }
      return null;
    }
  };

  return {
    async getQueue() {
      if (!deps.gateway) return { kind: 'none', reason: 'not-offered' };
      try {
        const reply = await deps.gateway.getServices();
        if (reply.kind === 'unsupported') {
          forgetWindowServices(db);
          return { kind: 'none', reason: 'not-offered' };
        }
        const state = (waiting: number | null, waitingPriority: number | null): QueueState => ({
          waiting,
          waitingPriority,
          day: today(),
          at: deps.now().toISOString(),
        });
        saveWindowServices(
          db,
          reply.services.map(({ waiting, waitingPriority, ...service }) => ({
            ...service,
            state: state(waiting, waitingPriority),
          })),
        );
        forgetPastNumbers(db, today());
        return offer(cached(), true);
      } catch (error) {
        const known = cached();
        logger.warn('the centre did not list its window services; using the cached list', {
          cached: known.length,
          ...errorFields(error),
        });
        return offer(known, false);
      }
    },

    async takeNumber(input) {
      const known = cached().find((k) => k.service.code === input.serviceCode);
      if (!known)
        throw new KioskError('invalid-input', 'take-number-service-unknown', ['serviceCode']);
      if (input.priority && !known.service.priorityAllowed) {
        throw new KioskError('invalid-input', 'take-number-no-priority', ['priority']);
      }
      const clientKey = deps.randomUuid();
      const fromCentre = await online(known, input, clientKey);
      const number = fromCentre ?? offline(known, input, clientKey);
      if (!fromCentre) deps.onSaved();
      logger.info('queue number given', {
        service: number.serviceCode,
        source: number.source,
        priority: number.priority,
      });
      const serviceName = serviceNames(known.service.name);
      let receipt;
      try {
        const document = buildQueueTicket({
          language: input.language,
          centreName: deps.centreNames[input.language],
          number: number.number,
          serviceName,
          window: known.service.window,
          priority: number.priority,
          localTime: localDateTime(new Date(number.issuedAt), deps.timeZone),
          waitingAhead: number.waitingAhead,
          estimated: number.estimated,
          issuedOffline: number.source === 'kiosk',
        });
        receipt = deps.printing.submit({ purpose: 'queue-number', requestId: null, document });
      } catch (error) {
        logger.error('the queue ticket could not be built', errorFields(error));
        receipt = deps.printing.notPrinted(receiptNotBuilt);
      }
      return {
        number: number.number,
        serviceName,
        window: known.service.window,
        priority: number.priority,
        serviceDay: number.serviceDay,
        waitingAhead: number.waitingAhead,
        estimated: number.estimated,
        receipt,
      };
    },
  };
}
