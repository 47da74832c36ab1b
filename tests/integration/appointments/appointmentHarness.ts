// The appointments journey wired as kioskRuntime.ts wires it, over a test kiosk (real SQLite, a
// controllable clock), the real reference centre in this process and the kiosk's real client,
// whose fetch the test can cut (the centre unreachable) or make lose the reply of the next
// booking POST after the centre stored it (a timeout), so exactly-once is tested on the wire.
import { randomUUID } from 'node:crypto';
import {
  type AppointmentService,
  createAppointmentService,
} from '../../../electron/services/appointments/appointmentService.js';
import { createAppointmentGateway } from '../../../electron/services/appointments/appointmentGateway.js';
import { classifyCentreFailure } from '../../../electron/services/upload/centreClientGateway.js';
import { defaultSenderRegistry } from '../../../electron/services/upload/senders/index.js';
import {
  type UploadWorker,
  createUploadWorker,
} from '../../../electron/services/upload/uploadWorker.js';
import {
  type CardSession,
  createCardSession,
} from '../../../electron/services/visit/cardSession.js';
import { createAppointmentsClient } from '../../../upstream/client/appointmentsClient.js';
import { FakeCentre } from '../../support/fakeCentre.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { catalogueResolver, sampleCatalogue } from '../../unit/upload/catalogueResolver.js';
import { kioskLocation, settings } from '../../unit/upload/workerHarness.js';
import { type TestCentre, startTestCentre, testApiKey } from '../centre/support/testCentre.js';

/** A Tuesday, 09:00 in Shanghai: every demo service runs that day. */
export const tuesday = new Date('2026-12-01T01:00:00.000Z');

export interface AppointmentHarness {
  kiosk: TestKiosk;
  centre: TestCentre;
  service: AppointmentService;
  worker: UploadWorker;
  /** The cards read in this visit, as the card reader's service fills them. */
  cards: CardSession;
  link: { up: boolean; loseNextBookingReply: boolean; bookingPosts: number };
  /** Books directly at the centre, as another kiosk would. */
  bookAtCentre(slotId: string, code: string): Promise<number>;
  centreStatus(code: string): Promise<string | null>;
  later(ms: number): void;
  stop(): Promise<void>;
}

/** `sharedCentre`: a second kiosk of the same centre (its own database); closed by its owner. */
export async function startAppointmentHarness(
  kioskId = 'A01',
  sharedCentre?: TestCentre,
): Promise<AppointmentHarness> {
  const kiosk = await startTestKiosk({ now: tuesday, env: { KIOSK_ID: kioskId } });
  const centre = sharedCentre ?? (await startTestCentre({ now: () => kiosk.clock.now }));
  const link = { up: true, loseNextBookingReply: false, bookingPosts: 0 };
  const client = createAppointmentsClient({
    baseUrl: centre.server.url,
    apiKey: testApiKey,
    timeoutMs: 5_000,
    fetch: async (input, init) => {
      if (!link.up) throw new TypeError('fetch failed: connect ECONNREFUSED');
      const booking = String(input).includes('/x/appointments.json');
      if (booking) link.bookingPosts += 1;
      const response = await fetch(input, init);
      if (booking && link.loseNextBookingReply) {
        link.loseNextBookingReply = false;
        await response.text();
        throw new DOMException('The operation timed out.', 'TimeoutError');
      }
      return response;
    },
  });
  const appointments = createAppointmentGateway(client);
  const worker = createUploadWorker({
    db: kiosk.runtime.db,
    gateway: Object.assign(new FakeCentre(() => kiosk.clock.now), { appointments }),
    classify: classifyCentreFailure,
    keys: kiosk.runtime.keys,
    directory: kiosk.runtime.directory,
    resolveService: catalogueResolver(sampleCatalogue()),
    kioskLocation: () => kioskLocation,
    settings,
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    random: () => 0.5,
    senders: defaultSenderRegistry,
  });
  let draws = 0;
  const cards = createCardSession();
  const service = createAppointmentService({
    db: kiosk.runtime.db,
    gateway: appointments,
    kioskId,
    keys: kiosk.runtime.keys,
    cards,
    printing: kiosk.runtime.printing,
    centreNames: { 'zh-CN': '幸福里社区服务中心', 'zh-TW': '幸福里社區服務中心', en: 'Centre' },
    hotline: '010-65781234',
    timeZone: 'Asia/Shanghai',
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    random: () => ((draws += 1) * 0.137) % 1,
    randomUuid: randomUUID,
    onSaved: () => undefined,
    // The tests drain the queue themselves: the receipt never waits here.
    confirmWaitMs: 0,
  });
  return {
    kiosk,
    centre,
    service,
    worker,
    cards,
    link,
    async bookAtCentre(slotId, code) {
      const reply = await centre.call('POST', '/x/appointments.json', {
        form: new URLSearchParams({
          api_key: testApiKey,
          booking_code: code,
          slot_id: slotId,
          contact_kind: 'phone',
          phone: '13900139000',
        }),
        headers: { 'Idempotency-Key': randomUUID() },
      });
      return reply.status;
    },
    async centreStatus(code) {
      const reply = await centre.call('GET', `/x/appointments/${code}.json`, {
        query: { api_key: testApiKey },
      });
      return reply.status === 200
        ? ((reply.json as { status: string }[])[0]?.status ?? null)
        : null;
    },
    later(ms) {
      kiosk.clock.now = new Date(kiosk.clock.now.getTime() + ms);
    },
    async stop() {
      await worker.stop();
      await kiosk.runtime.printing.idle();
      if (!sharedCentre) await centre.close();
      await kiosk.stop();
    },
  };
}
