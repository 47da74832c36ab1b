// A reference centre on 127.0.0.1:0 with its own temporary data dir, plus the raw HTTP helpers
// tests need for what the kiosk client does not do (admin calls, hand-made forms).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CentreClient,
  type CentreClientOptions,
  type CentreFacts,
  type CentreRequest,
  createCentreClient,
} from '../../../../upstream/client/index.js';
import {
  type CentreServer,
  type CentreServerOptions,
  startCentreServer,
} from '../../../../centre/server/centreServer.js';
import { demoCommunity } from '../../../../demo/community/index.js';
import { kioskAttributeCodes } from '../../../../upstream/wire/requestForm.js';

export const testApiKey = 'test-centre-key';

export interface TestCentre {
  server: CentreServer;
  dataDir: string;
  client(options?: Partial<CentreClientOptions>): CentreClient;
  /** A raw call; the api_key is added unless the caller passes its own. */
  call(
    method: 'GET' | 'POST',
    path: string,
    options?: {
      query?: Record<string, string>;
      form?: string | URLSearchParams;
      headers?: Record<string, string>;
    },
  ): Promise<{ status: number; headers: Headers; text: string; json: unknown }>;
  moveStage(id: string, stage: string, note?: string): Promise<number>;
  close(): Promise<void>;
}

export async function startTestCentre(
  options: Partial<CentreServerOptions> = {},
): Promise<TestCentre> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'centre-test-'));
  // The centre is a separate program: it is handed the kiosk's demo community as data.
  const server = await startCentreServer({
    apiKey: testApiKey,
    port: 0,
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
    client: (clientOptions = {}) =>
      createCentreClient({
        baseUrl: server.url,
        apiKey: testApiKey,
        timeoutMs: 5_000,
        ...clientOptions,
      }),
    call,
    moveStage: async (id, stage, note) => {
      const form = new URLSearchParams({ api_key: testApiKey, stage });
      if (note !== undefined) form.set('note', note);
      return (await call('POST', `/x/admin/requests/${id}/stage.json`, { form })).status;
    },
    close: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let sequence = 0;

export type SampleOverrides = Partial<Omit<CentreRequest, 'facts'>> & {
  facts?: Partial<CentreFacts>;
};

/**
 * A valid kiosk request with a fresh ticket and lookup code each time. The reference centre
 * declares every kiosk attribute for every service, so all of them are declared here.
 */
export function samplePayload(overrides: SampleOverrides = {}): CentreRequest {
  sequence += 1;
  const seq = String(sequence).padStart(4, '0');
  const { facts, ...rest } = overrides;
  return {
    serviceCode: 'pipe-leak',
    facts: {
      ticket: `A03-1128-${seq}`,
      lookupCode: `A03-20261128-${seq}-${randomUUID().slice(0, 8)}`,
      kioskId: 'A03',
      category: 'basic-living',
      urgency: 'urgent',
      emergency: false,
      language: 'zh-CN',
      gridId: 'xfl-north',
      submittedAt: '2026-11-28T09:15:00+08:00',
      ...facts,
    },
    description: '厨房水管漏水，地上都是水。',
    name: '张三明',
    phone: '13812345678',
    location: { lat: null, long: null, address: '幸福里3号楼2单元501' },
    attributes: {},
    declaredAttributes: kioskAttributeCodes,
    ...rest,
  };
}
