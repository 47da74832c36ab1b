// Every endpoint the reference server answers in extension mode (the default), in one table.
// docs/upstream-openapi.yaml documents each of these (a test keeps the two in step); strict mode
// has its own, smaller table in ../strict/strictRoutes.ts.
import { getStats, postStage } from './admin.js';
import { getDirectory } from './directory.js';
import { getDiscovery } from './discovery.js';
import { getFleetPage, getKioskConfig, postHeartbeat } from './fleet.js';
import { getRequest, getRequestList } from './getRequests.js';
import { postRequest } from './postRequest.js';
import {
  getQueueServices,
  getQueueTicket,
  postCallNext,
  postQueueTicket,
  postReportedTicket,
} from './queue.js';
import { postRating } from './ratings.js';
import { getServiceDefinition, getServiceList } from './services.js';
import { getSurveyResponse, getSurveys, postSurveyResponse } from './surveys.js';
import type { Route } from './route.js';
import { getToken } from './tokens.js';

export type { Route } from './route.js';

export const routeTable: readonly Route[] = [
  {
    method: 'GET',
    path: '/discovery.json',
    auth: false,
    open311: true,
    chaos: true,
    handle: getDiscovery,
  },
  {
    method: 'GET',
    path: '/services.json',
    auth: false,
    open311: true,
    chaos: true,
    handle: getServiceList,
  },
  {
    method: 'GET',
    path: '/services/{code}.json',
    auth: false,
    open311: true,
    chaos: true,
    handle: getServiceDefinition,
  },
  {
    method: 'POST',
    path: '/requests.json',
    auth: true,
    open311: true,
    chaos: true,
    handle: postRequest,
  },
  {
    method: 'GET',
    path: '/requests.json',
    auth: true,
    open311: true,
    chaos: true,
    handle: getRequestList,
  },
  {
    method: 'GET',
    path: '/requests/{id}.json',
    auth: true,
    open311: true,
    chaos: true,
    handle: getRequest,
  },
  {
    method: 'GET',
    path: '/tokens/{token}.json',
    auth: true,
    open311: true,
    chaos: true,
    handle: getToken,
  },
  {
    method: 'POST',
    path: '/requests/{id}/ratings.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: postRating,
  },
  {
    method: 'GET',
    path: '/x/directory.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: getDirectory,
  },
  {
    method: 'POST',
    path: '/x/admin/requests/{id}/stage.json',
    auth: true,
    open311: false,
    chaos: false,
    handle: postStage,
  },
  {
    method: 'GET',
    path: '/x/admin/stats.json',
    auth: true,
    open311: false,
    chaos: false,
    handle: getStats,
  },
  {
    method: 'POST',
    path: '/x/heartbeats.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: postHeartbeat,
  },
  {
    method: 'GET',
    path: '/x/kiosks/{kiosk}/config.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: getKioskConfig,
  },
  {
    method: 'GET',
    path: '/x/fleet',
    auth: true,
    open311: false,
    chaos: false,
    handle: getFleetPage,
  },
  {
    method: 'GET',
    path: '/x/surveys.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: getSurveys,
  },
  {
    method: 'POST',
    path: '/x/surveys/{survey}/responses.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: postSurveyResponse,
  },
  {
    method: 'GET',
    path: '/x/surveys/{survey}/responses/{response}.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: getSurveyResponse,
  },
  {
    method: 'GET',
    path: '/x/queue/services.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: getQueueServices,
  },
  {
    method: 'POST',
    path: '/x/queue/tickets.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: postQueueTicket,
  },
  {
    method: 'GET',
    path: '/x/queue/tickets/{key}.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: getQueueTicket,
  },
  {
    method: 'POST',
    path: '/x/queue/reported.json',
    auth: true,
    open311: false,
    chaos: true,
    handle: postReportedTicket,
  },
  {
    method: 'POST',
    path: '/x/admin/queue/{service}/next.json',
    auth: true,
    open311: false,
    chaos: false,
    handle: postCallNext,
  },
];
