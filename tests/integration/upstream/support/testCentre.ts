// The reference centre of the centre's own tests (tests/integration/centre/support), plus the
// kiosk's Open311 client pointed at it, for the client's contract tests.
import { randomUUID } from 'node:crypto';
import {
  type CentreClient,
  type CentreClientOptions,
  type CentreFacts,
  type CentreRequest,
  createCentreClient,
} from '../../../../upstream/client/index.js';
import { kioskAttributeCodes } from '../../../../upstream/wire/requestForm.js';
import {
  type TestCentre as PlainTestCentre,
  startTestCentre as startPlainTestCentre,
  testApiKey,
} from '../../centre/support/testCentre.js';

export { testApiKey };

export interface TestCentre extends PlainTestCentre {
  client(options?: Partial<CentreClientOptions>): CentreClient;
}

export async function startTestCentre(
  options: Parameters<typeof startPlainTestCentre>[0] = {},
): Promise<TestCentre> {
  const centre = await startPlainTestCentre(options);
  return {
    ...centre,
    client: (clientOptions = {}) =>
      createCentreClient({
        baseUrl: centre.server.url,
        apiKey: testApiKey,
        timeoutMs: 5_000,
        ...clientOptions,
      }),
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
