// What the platform receives is built from the stored request, the mapping and the sealed
// personal fields, which older and newer kiosks may have written differently.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredRequest } from '../../../db/repositories/requests.js';
import { loadOrCreateKeys } from '../../../electron/services/security/kioskKeys.js';
import { seal } from '../../../electron/services/security/sealedFields.js';
import { outgoingRequest } from '../../../electron/services/upload/outgoingRequest.js';
import { newRequestRow } from '../../support/newRequestRow.js';
import { catalogueResolver, sampleCatalogue } from './catalogueResolver.js';
import { kioskLocation } from './workerHarness.js';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-outgoing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keys = loadOrCreateKeys(dir);
const catalogue = sampleCatalogue();
const deps = {
  keys,
  resolveService: catalogueResolver(catalogue),
  kioskLocation: () => kioskLocation,
};

const stored = (personal: unknown, overrides: Partial<StoredRequest> = {}): StoredRequest => ({
  ...newRequestRow({ personalSealed: personal === null ? null : seal(keys, personal) }),
  id: 7,
  dailySeq: 42,
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  ...overrides,
});

describe('the outgoing request', () => {
  it('reads sealed fields written before attributes and location existed', () => {
    const prepared = outgoingRequest(
      stored({ name: '张三明', phone: '13812345678', description: '水管漏水' }),
      deps,
    );
    expect(prepared).toMatchObject({
      kind: 'ready',
      mapping: { source: 'need' },
      request: {
        serviceCode: 'WATER',
        name: '张三明',
        attributes: {},
        declaredAttributes: ['floor'],
        location: kioskLocation,
        facts: {
          ticket: 'A03-1128-0042',
          lookupCode: 'A03-20261128-0042',
          submittedAt: '2026-11-28T01:30:00.000Z',
        },
      },
    });
  });

  it('tolerates damaged optional parts, keeps an address-only location and sends no personal fields it has not got', () => {
    const prepared = outgoingRequest(
      stored({
        description: '漏水',
        attributes: 'not a record',
        location: { address: '3 号楼', lat: 'x' },
      }),
      deps,
    );
    expect(prepared).toMatchObject({
      kind: 'ready',
      request: {
        name: null,
        phone: null,
        attributes: {},
        location: { lat: null, long: null, address: '3 号楼' },
      },
    });
    expect(outgoingRequest(stored(null), deps)).toMatchObject({
      kind: 'ready',
      request: { description: '', name: null, location: kioskLocation },
    });
  });

  it('is held, with the mapping’s reason, when the mapping cannot place the request', () => {
    expect(
      outgoingRequest(stored(null, { needId: null, category: 'health-medical' }), deps),
    ).toEqual({
      kind: 'held',
      problem: 'no platform service is mapped for health-medical/-',
    });
  });

  it('is held, not dead, when the mapping itself fails', () => {
    const broken = {
      ...deps,
      resolveService: () => {
        throw new Error('catalogue not loaded');
      },
    };
    expect(outgoingRequest(stored(null), broken)).toEqual({
      kind: 'held',
      problem: 'the service mapping failed: catalogue not loaded',
    });
  });
});

describe('a request nothing fitted', () => {
  it('carries the needs-routing fact; one placed, or stored before the mark, does not', () => {
    const fact = (overrides: Partial<StoredRequest>) => {
      const prepared = outgoingRequest(stored({ description: '想买火车票' }, overrides), deps);
      return prepared.kind === 'ready' ? prepared.request.facts.needsRouting : undefined;
    };
    expect(fact({ needsRouting: true })).toBe(true);
    expect(fact({ needsRouting: false })).toBe(false);
    expect(fact({})).toBe(false);
  });
});
