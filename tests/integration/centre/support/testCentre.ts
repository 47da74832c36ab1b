// A reference centre on 127.0.0.1:0 with its own temporary data dir, and the raw HTTP a test needs
// to drive it. Deliberately NOT the kiosk's client: the centre is a separate program, and its
// tests speak plain HTTP to it as any Open311 client would. Extension-mode centres get the kiosk's
// demo community as their directory (tests may use the seed; the centre itself may not).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CentreServer,
  type CentreServerOptions,
  startCentreServer,
} from '../../../../centre/server/centreServer.js';
import { demoCommunity } from '../../../../demo/community/index.js';

export const testApiKey = 'test-centre-key';

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface CallOptions {
  query?: Record<string, string>;
  form?: string | URLSearchParams;
  headers?: Record<string, string>;
  /** Abort after this long (the way a client's timeout gives up). */
  timeoutMs?: number;
}

export interface TestCentre {
  server: CentreServer;
  dataDir: string;
  call(method: 'GET' | 'POST', path: string, options?: CallOptions): Promise<CallResult>;
  /** POST /requests.json with a fresh Idempotency-Key unless one is given (null: none). */
  post(form: URLSearchParams, key?: string | null, timeoutMs?: number): Promise<CallResult>;
  moveStage(id: string, stage: string, note?: string): Promise<number>;
  /** How many requests the centre holds (the desk's stats). */
  stored(): Promise<number>;
  close(): Promise<void>;
}

export async function startTestCentre(
  options: Partial<CentreServerOptions> = {},
): Promise<TestCentre> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'centre-test-'));
  const server = await startCentreServer({
    apiKey: testApiKey,
    port: 0,
    log: () => undefined,
    ...(options.strict ? {} : { directory: demoCommunity }),
    ...options,
    dataDir,
  });
  const call: TestCentre['call'] = async (method, path, callOptions = {}) => {
    const url = new URL(path.replace(/^\//, ''), server.url);
    for (const [name, value] of Object.entries(callOptions.query ?? {})) {
      url.searchParams.set(name, value);
    }
    const response = await fetch(url, {
      method,
      headers: {
        ...(callOptions.form === undefined
          ? {}
          : { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }),
        ...callOptions.headers,
      },
      body: callOptions.form?.toString(),
      ...(callOptions.timeoutMs === undefined
        ? {}
        : { signal: AbortSignal.timeout(callOptions.timeoutMs) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    server,
    dataDir,
    call,
    post: (form, key = randomUUID(), timeoutMs) =>
      call('POST', '/requests.json', {
        form,
        headers: key === null ? {} : { 'Idempotency-Key': key },
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      }),
    moveStage: async (id, stage, note) => {
      const form = new URLSearchParams({ api_key: testApiKey, stage });
      if (note !== undefined) form.set('note', note);
      return (await call('POST', `/x/admin/requests/${id}/stage.json`, { form })).status;
    },
    stored: async () => {
      const stats = await call('GET', '/x/admin/stats.json', { query: { api_key: testApiKey } });
      return (stats.json as { requests: number }).requests;
    },
    close: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let sequence = 0;

/**
 * The form a kiosk sends an extension-mode centre (Open311 fields plus the kiosk's attributes),
 * with a fresh ticket and lookup code each time. Entries set to null are left out.
 */
export function kioskForm(overrides: Record<string, string | null> = {}): URLSearchParams {
  sequence += 1;
  const seq = String(sequence).padStart(4, '0');
  const fields: Record<string, string | null> = {
    api_key: testApiKey,
    service_code: 'pipe-leak',
    address_string: '幸福里3号楼2单元501',
    description: '厨房水管漏水，地上都是水。',
    first_name: '三明',
    last_name: '张',
    phone: '13812345678',
    'attribute[channel]': 'kiosk',
    'attribute[kiosk_id]': 'A03',
    'attribute[ticket]': `A03-1128-${seq}`,
    'attribute[lookup_code]': `A03-20261128-${seq}-${randomUUID().slice(0, 8)}`,
    'attribute[category]': 'basic-living',
    'attribute[urgency]': 'urgent',
    'attribute[emergency]': 'false',
    'attribute[language]': 'zh-CN',
    'attribute[grid_id]': 'xfl-north',
    'attribute[submitted_at]': '2026-11-28T09:15:00+08:00',
    ...overrides,
  };
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
  return form;
}

/** A plain Open311 form for a strict centre: its own codes, jurisdiction and a location. */
export function strictForm(overrides: Record<string, string | null> = {}): URLSearchParams {
  sequence += 1;
  const fields: Record<string, string | null> = {
    api_key: testApiKey,
    jurisdiction_id: 'xingfuli',
    service_code: 'WTR-LEAK',
    address_string: '幸福里3号楼2单元501',
    // Unique per call, so the platform's de-duplication only strikes where a test wants it.
    description: `厨房水管漏水，地上都是水。(${sequence})`,
    first_name: '三明',
    last_name: '张',
    phone: '13812345678',
    ...overrides,
  };
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
  return form;
}

/** The first entry of a successful POST's list. */
export function createdId(result: CallResult): string {
  const first = (result.json as { service_request_id?: unknown }[] | undefined)?.[0];
  if (result.status !== 201 || typeof first?.service_request_id !== 'string') {
    throw new Error(`expected 201 with an id, got ${result.status}: ${result.text}`);
  }
  return first.service_request_id;
}
