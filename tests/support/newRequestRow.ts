// A stored-request row as intake would write it, for tests and benchmarks that fill the
// database directly.
import type { NewRequest } from '../../db/repositories/requests.js';

export function newRequestRow(overrides: Partial<NewRequest> = {}): NewRequest {
  return {
    kioskId: 'A03',
    serviceDate: '2026-11-28',
    createdAt: '2026-11-28T01:30:00.000Z',
    category: 'basic-living',
    needId: 'pipe-leak',
    urgency: 'normal',
    emergency: false,
    language: 'zh-CN',
    gridId: null,
    maskedName: '张*明',
    maskedPhone: '138****5678',
    idHash: null,
    personalSealed: null,
    serviceCode: null,
    mappingSource: null,
    ...overrides,
  };
}
