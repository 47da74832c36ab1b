// A minimal valid kiosk request for the client's wire tests: a plain platform's code, no
// declared attributes (every fact goes in the description's facts line), the kiosk's lobby as
// the location. Tests override what their case is about.
import type { CentreFacts, CentreRequest } from '../../../../../upstream/client/index.js';

export type PlainRequestOverrides = Partial<Omit<CentreRequest, 'facts'>> & {
  facts?: Partial<CentreFacts>;
};

export function plainRequest(overrides: PlainRequestOverrides = {}): CentreRequest {
  const { facts, ...rest } = overrides;
  return {
    serviceCode: 'POT',
    facts: {
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
      kioskId: 'A03',
      category: 'basic-living',
      urgency: 'normal',
      emergency: false,
      language: 'zh-CN',
      gridId: null,
      submittedAt: '2026-11-28T09:15:00+08:00',
      ...facts,
    },
    description: '',
    name: null,
    phone: null,
    location: { lat: null, long: null, address: '大厅' },
    attributes: {},
    declaredAttributes: [],
    ...rest,
  };
}
