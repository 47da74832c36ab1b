// A kiosk host pointed at the real strict reference centre, two processes on free ports: the
// kiosk learns the platform's services through its own discovery (nothing seeded), and the test
// reads the centre back the way the platform's staff would — GET /requests.json, the ticket in
// each description's facts line, the attributes it stored — and moves a request on with the
// centre's staff CLI, as a handler does.
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFactsLine } from '../../../upstream/wire/factsLine.js';
import { type CentreProcess, startCentreProcess } from '../../support/centreProcess.js';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

export const strictJurisdiction = 'xingfuli';

export interface PlatformRecord {
  service_request_id: string;
  service_code: string;
  status: string;
  status_notes: string;
  description: string;
}

export interface StrictCentreKiosk {
  host: HostProcess;
  centre: CentreProcess;
  /** Waits until the kiosk has read the platform's services (its own discovery). */
  platformRead(): Promise<void>;
  /** The platform's records whose facts line carries this ticket. */
  recordsWithTicket(ticket: string): Promise<PlatformRecord[]>;
  storedAttributes(id: string): Record<string, string>;
  /** `node build/node/centre/cli.js stage <id> <stage> --note …` on the centre's data dir. */
  stageWithCli(id: string, stage: 'in-progress' | 'done', note: string): string;
  dispose(): Promise<void>;
}

export async function startStrictCentreKiosk(): Promise<StrictCentreKiosk> {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-strict-'));
  const centre = await startCentreProcess(join(root, 'centre'), {
    CENTRE_STRICT: '1',
    CENTRE_JURISDICTIONS: strictJurisdiction,
    CENTRE_TOKEN_CHANCE: '0',
  });
  const host = await startHostProcess({
    KIOSK_DATA_DIR: join(root, 'kiosk'),
    KIOSK_UPSTREAM_URL: centre.url,
    KIOSK_UPSTREAM_API_KEY: centre.apiKey,
    KIOSK_UPSTREAM_JURISDICTION: strictJurisdiction,
    KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
    // The shortest poll the kiosk allows: the handler's answer shows within seconds.
    KIOSK_STATUS_POLL_SECONDS: '5',
  });
  const callHost = async (name: string, input: unknown): Promise<unknown> => {
    const page = await (await fetch(host.url)).text();
    const token = /name="kiosk-api-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
    const response = await fetch(`${host.url}api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
      body: JSON.stringify(input),
    });
    return ((await response.json()) as { value?: unknown }).value;
  };
  return {
    host,
    centre,
    platformRead: async () => {
      for (let tries = 0; tries < 200; tries += 1) {
        const info = (await callHost('getKioskInfo', {})) as {
          platform?: { servicesFetchedAt?: string | null };
        };
        if (info.platform?.servicesFetchedAt) return;
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error('the kiosk never read the strict centre’s services');
    },
    recordsWithTicket: async (ticket) => {
      const url = new URL('requests.json', centre.url);
      url.searchParams.set('jurisdiction_id', strictJurisdiction);
      url.searchParams.set('api_key', centre.apiKey);
      const records = (await (await fetch(url)).json()) as PlatformRecord[];
      return records.filter((record) => parseFactsLine(record.description)?.ticket === ticket);
    },
    storedAttributes: (id) => {
      const db = new BetterSqlite3(join(centre.dataDir, 'centre.sqlite'), { readonly: true });
      try {
        const row = db
          .prepare('SELECT attributes_json FROM service_requests WHERE id = ?')
          .get(Number(id)) as { attributes_json: string } | undefined;
        return row ? (JSON.parse(row.attributes_json) as Record<string, string>) : {};
      } finally {
        db.close();
      }
    },
    stageWithCli: (id, stage, note) =>
      execFileSync(
        process.execPath,
        [resolve('build/node/centre/cli.js'), 'stage', id, stage, '--note', note],
        { env: { ...process.env, CENTRE_DATA_DIR: centre.dataDir }, encoding: 'utf8' },
      ),
    dispose: async () => {
      await host.stop();
      await centre.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
