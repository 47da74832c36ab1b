// Every endpoint the reference server answers, in one table: method, path template, whether it
// needs the api_key, whether chaos may strike it, and its handler. docs/upstream-openapi.yaml
// documents each of these (a test keeps the two in step).
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import type { Reply } from '../http/reply.js';
import { getStats, postStage } from './admin.js';
import { getDirectory } from './directory.js';
import { getDiscovery } from './discovery.js';
import { getRequest, getRequestList } from './getRequests.js';
import { postRequest } from './postRequest.js';
import { postRating } from './ratings.js';
import { getServiceDefinition, getServiceList } from './services.js';
import { getToken } from './tokens.js';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  auth: boolean;
  chaos: boolean;
  handle(deps: CentreDeps, ctx: CallContext): Reply | Promise<Reply>;
}

export const routeTable: readonly Route[] = [
  { method: 'GET', path: '/discovery.json', auth: false, chaos: true, handle: getDiscovery },
  { method: 'GET', path: '/services.json', auth: false, chaos: true, handle: getServiceList },
  {
    method: 'GET',
    path: '/services/{code}.json',
    auth: false,
    chaos: true,
    handle: getServiceDefinition,
  },
  { method: 'POST', path: '/requests.json', auth: true, chaos: true, handle: postRequest },
  { method: 'GET', path: '/requests.json', auth: true, chaos: true, handle: getRequestList },
  { method: 'GET', path: '/requests/{id}.json', auth: true, chaos: true, handle: getRequest },
  { method: 'GET', path: '/tokens/{token}.json', auth: true, chaos: true, handle: getToken },
  {
    method: 'POST',
    path: '/requests/{id}/ratings.json',
    auth: true,
    chaos: true,
    handle: postRating,
  },
  { method: 'GET', path: '/x/directory.json', auth: true, chaos: true, handle: getDirectory },
  {
    method: 'POST',
    path: '/x/admin/requests/{id}/stage.json',
    auth: true,
    chaos: false,
    handle: postStage,
  },
  { method: 'GET', path: '/x/admin/stats.json', auth: true, chaos: false, handle: getStats },
];
