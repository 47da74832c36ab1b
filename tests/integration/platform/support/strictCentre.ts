// The strict reference centre as the kiosk's tests meet it: a real server on a free port (in this
// process), read and driven only through its HTTP surface — Open311 for what the kiosk sent, and
// the handler's desk (/x/admin/) to move a request on and count what is stored, as a platform's
// own back office would. Strict mode keeps no x_ticket, so a request is found by the ticket in
// its description's facts line, the way the platform's staff would find it.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { type CentreServer, startCentreServer } from '../../../../centre/server/centreServer.js';
import { parseFactsLine } from '../../../../upstream/wire/factsLine.js';

export const strictJurisdiction = 'xingfuli';
export const strictApiKey = 'strict-platform-key-0123456789';

export interface StrictRecord {
  service_request_id: string;
  status: string;
  status_notes: string;
  service_code: string;
  description: string;
  [field: string]: unknown;
}

export interface StrictCentre {
  server: CentreServer;
  dataDir: string;
  /** What the centre logged (e.g. ignored attributes); never personal data. */
  notes: string[];
  /** The kiosk's settings for this centre. */
  kioskEnv: Record<string, string>;
  get(path: string, query?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  /** GET /requests.json as the platform lists it (the last 90 days, newest first). */
  requests(query?: Record<string, string>): Promise<StrictRecord[]>;
  /** The records whose facts line carries this ticket. */
  requestsWithTicket(ticket: string): Promise<StrictRecord[]>;
  /** The handler's desk: moves a request on, with a note for the resident. */
  stage(id: string, stage: 'in-progress' | 'done', note: string): Promise<StrictRecord>;
  stats(): Promise<{ requests: number; by_stage: Record<string, number> }>;
  /** Every attribute the centre stored with a request (GET /requests.json does not list them). */
  storedAttributes(id: string): Record<string, string>;
  close(): Promise<void>;
}

export async function startStrictCentre(dataDir: string): Promise<StrictCentre> {
  const notes: string[] = [];
  const server = await startCentreServer({
    strict: true,
    dataDir,
    apiKey: strictApiKey,
    jurisdictions: [strictJurisdiction],
    tokenChance: 0,
    log: (message) => notes.push(message),
    logError: (message) => notes.push(`error: ${message}`),
  });
  const get = async (path: string, query: Record<string, string> = {}) => {
    const url = new URL(path, server.url);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const response = await fetch(url);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const requests = async (query: Record<string, string> = {}) => {
    const reply = await get('requests.json', {
      jurisdiction_id: strictJurisdiction,
      api_key: strictApiKey,
      ...query,
    });
    if (reply.status !== 200) throw new Error(`requests.json: ${JSON.stringify(reply.body)}`);
    return reply.body as StrictRecord[];
  };
  return {
    server,
    dataDir,
    notes,
    kioskEnv: {
      KIOSK_UPSTREAM_URL: server.url,
      KIOSK_UPSTREAM_API_KEY: strictApiKey,
      KIOSK_UPSTREAM_JURISDICTION: strictJurisdiction,
    },
    get,
    requests,
    requestsWithTicket: async (ticket) =>
      (await requests()).filter((r) => parseFactsLine(r.description)?.ticket === ticket),
    stage: async (id, stage, note) => {
      const response = await fetch(new URL(`x/admin/requests/${id}/stage.json`, server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ api_key: strictApiKey, stage, note }).toString(),
      });
      const body = (await response.json()) as StrictRecord[];
      if (response.status !== 200 || !body[0]) throw new Error(`stage: ${JSON.stringify(body)}`);
      return body[0];
    },
    stats: async () => {
      const reply = await get('x/admin/stats.json', { api_key: strictApiKey });
      return reply.body as { requests: number; by_stage: Record<string, number> };
    },
    storedAttributes: (id) => {
      const db = new BetterSqlite3(join(dataDir, 'centre.sqlite'), { readonly: true });
      try {
        const row = db
          .prepare('SELECT attributes_json FROM service_requests WHERE id = ?')
          .get(Number(id)) as { attributes_json: string } | undefined;
        if (!row) throw new Error(`the centre holds no request ${id}`);
        return JSON.parse(row.attributes_json) as Record<string, string>;
      } finally {
        db.close();
      }
    },
    close: () => server.close(),
  };
}
