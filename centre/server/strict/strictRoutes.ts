// Every endpoint a strict centre answers: the spec's, and nothing of the kiosk's extensions
// (no /x/directory.json, no ratings: 404). The two /x/admin/ calls stay as the handler's desk —
// how staff (and tests) move a request on and count what is stored; they are NOT part of the
// surface a kiosk is meant to use, and a real platform would have its own back office instead.
import { getStats, postStage } from '../routes/admin.js';
import { getDiscovery } from '../routes/discovery.js';
import type { Route } from '../routes/route.js';
import { getToken } from '../routes/tokens.js';
import { getStrictRequest, getStrictRequestList, strictListQuery } from './strictGetRequests.js';
import { postStrictRequest } from './strictPostRequest.js';
import { getStrictServiceDefinition, getStrictServiceList } from './strictServices.js';

const open311 = { open311: true, chaos: true } as const;
const desk = { auth: true, open311: false, chaos: false } as const;

export const strictRouteTable: readonly Route[] = [
  { method: 'GET', path: '/discovery.json', auth: false, ...open311, handle: getDiscovery },
  { method: 'GET', path: '/services.json', auth: false, ...open311, handle: getStrictServiceList },
  {
    method: 'GET',
    path: '/services/{code}.json',
    auth: false,
    ...open311,
    handle: getStrictServiceDefinition,
  },
  { method: 'POST', path: '/requests.json', auth: true, ...open311, handle: postStrictRequest },
  {
    method: 'GET',
    path: '/requests.json',
    auth: true,
    ...open311,
    query: strictListQuery,
    handle: getStrictRequestList,
  },
  { method: 'GET', path: '/requests/{id}.json', auth: true, ...open311, handle: getStrictRequest },
  { method: 'GET', path: '/tokens/{token}.json', auth: true, ...open311, handle: getToken },
  { method: 'POST', path: '/x/admin/requests/{id}/stage.json', ...desk, handle: postStage },
  { method: 'GET', path: '/x/admin/stats.json', ...desk, handle: getStats },
];
