// Kiosk hosts beside reference-centre processes of a spec's own, for the journeys that talk to the
// centre (survey, vote, appointments, take a number). A centre can be stopped and started again
// on its port to play the network going down. What a test started is stopped after it, newest
// first, and a failed test gets each kiosk's log attached.
import { test } from '@playwright/test';
import { join } from 'node:path';
import { type CentreProcess, startCentreProcess } from '../../support/centreProcess.js';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

/** The lobby address every test kiosk reports, and retries quick enough to watch. */
export function kioskEnvFor(
  centre: CentreProcess,
  dataDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    KIOSK_DATA_DIR: dataDir,
    KIOSK_UPSTREAM_URL: centre.url,
    KIOSK_UPSTREAM_API_KEY: centre.apiKey,
    KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
    KIOSK_RETRY_BASE_MS: '200',
    KIOSK_RETRY_CAP_MS: '1000',
    ...extra,
  };
}

/** A centre in `root`/centre and a kiosk in `root`/kiosk beside it, for a crawl's tour. */
export async function startCentreAndKiosk(
  root: string,
  extra: Record<string, string> = {},
): Promise<{ centre: CentreProcess; host: HostProcess; stop: () => Promise<void> }> {
  const centre = await startCentreProcess(join(root, 'centre'));
  const host = await startHostProcess(kioskEnvFor(centre, join(root, 'kiosk'), extra));
  return {
    centre,
    host,
    stop: async () => {
      await host.stop();
      await centre.stop();
    },
  };
}

export interface CentreKiosks {
  /** A centre with its data in `dataDir`; on `port` to come back where the kiosk expects it. */
  centreAt(dataDir: string, port?: number): Promise<CentreProcess>;
  /** A kiosk host against `centre`, its data in `dataDir`; `extra` adds to the usual settings. */
  kioskFor(
    centre: CentreProcess,
    dataDir: string,
    extra?: Record<string, string>,
  ): Promise<HostProcess>;
  /** Something else the test started, stopped with the rest after it. */
  defer(stop: () => Promise<void>): void;
}

/** Call once at the top of a spec: registers the clean-up after each test. */
export function useCentreKiosks(): CentreKiosks {
  let stops: (() => Promise<void>)[] = [];
  let hosts: HostProcess[] = [];
  test.afterEach(async () => {
    const testInfo = test.info();
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const host of hosts) {
        await testInfo.attach('host-log', { body: host.output(), contentType: 'text/plain' });
      }
    }
    hosts = [];
    for (const stop of stops.reverse()) await stop();
    stops = [];
  });
  return {
    async centreAt(dataDir, port) {
      const centre = await startCentreProcess(
        dataDir,
        port === undefined ? {} : { PORT: String(port) },
      );
      stops.push(() => centre.stop());
      return centre;
    },
    async kioskFor(centre, dataDir, extra = {}) {
      const host = await startHostProcess(kioskEnvFor(centre, dataDir, extra));
      stops.push(() => host.stop());
      hosts.push(host);
      return host;
    },
    defer(stop) {
      stops.push(stop);
    },
  };
}
