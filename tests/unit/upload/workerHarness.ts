// The upload worker wired as kioskRuntime.ts will wire it, over a test kiosk (real SQLite, real
// intake, a controllable clock) and a FakeCentre, with the small real catalogue mapping.
import type { RequestDraft } from '../../../contract/index.js';
import type { GatewayFailure } from '../../../electron/services/upload/centreGateway.js';
import {
  type UploadSettings,
  type UploadWorker,
  createUploadWorker,
} from '../../../electron/services/upload/uploadWorker.js';
import { FakeCentre, classifyFakeFailure } from '../../support/fakeCentre.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { type Catalogue, catalogueResolver, sampleCatalogue } from './catalogueResolver.js';

export const kioskLocation = { lat: 39.9219, long: 116.4436, address: '幸福里社区服务中心' };

export const settings: UploadSettings = {
  backoff: { baseMs: 1000, capMs: 60_000 },
  maxInFlight: 4,
  idleMs: 1000,
  statusPollMs: 60_000,
  directoryPollMs: 900_000,
  retentionDays: 7,
  heldRetryMs: 3_600_000,
};

export interface Harness {
  kiosk: TestKiosk;
  centre: FakeCentre;
  catalogue: Catalogue;
  worker: UploadWorker;
  /** A new worker on the kiosk's current database (after a crash and restart). */
  newWorker(): UploadWorker;
  later(ms: number): void;
  stop(): Promise<void>;
}

export async function startHarness(overrides: Partial<UploadSettings> = {}): Promise<Harness> {
  const kiosk = await startTestKiosk();
  const centre = new FakeCentre(() => kiosk.clock.now);
  const catalogue = sampleCatalogue();
  centre.services = catalogue.services;
  centre.definitions = catalogue.definitions;
  const workers: UploadWorker[] = [];
  const newWorker = () => {
    const worker = createUploadWorker({
      db: kiosk.runtime.db,
      gateway: centre,
      classify: classifyFakeFailure,
      keys: kiosk.runtime.keys,
      directory: kiosk.runtime.directory,
      resolveService: catalogueResolver(catalogue),
      kioskLocation: () => kioskLocation,
      settings: { ...settings, ...overrides },
      logger: kiosk.runtime.logger,
      now: () => kiosk.clock.now,
      random: () => 0.5,
    });
    workers.push(worker);
    return worker;
  };
  const harness: Harness = {
    kiosk,
    centre,
    catalogue,
    worker: newWorker(),
    newWorker,
    later: (ms) => (kiosk.clock.now = new Date(kiosk.clock.now.getTime() + ms)),
    stop: async () => {
      // A crashed worker's calls never answer; only the live one is stopped.
      await harness.worker.stop();
      await kiosk.stop();
    },
  };
  return harness;
}

export const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: '水管漏水',
  urgency: 'normal',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
  ...overrides,
});

export const failing = (
  kind: GatewayFailure['kind'],
  reason: string,
  extra: Partial<GatewayFailure> = {},
): GatewayFailure => ({
  kind,
  reason,
  retryAfterMs: undefined,
  status: null,
  errors: [],
  ...extra,
});
