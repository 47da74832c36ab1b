// GET /discovery.json: Open311 Service Discovery, pointing at this server as a test endpoint.
import { georeportV2Specification } from '../../wire/discovery.js';
import type { Discovery } from '../../wire/discovery.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, header } from '../http/context.js';
import { type Reply, jsonReply } from '../http/reply.js';

/** The moment this contract's shape last changed; clients refresh cached definitions on a new one. */
const changeset = '2026-01-01T00:00:00Z';

export function getDiscovery(_deps: CentreDeps, ctx: CallContext): Reply {
  const host = header(ctx, 'host') ?? '127.0.0.1';
  const discovery: Discovery = {
    changeset,
    contact: 'Community service centre IT desk (reference server for demos and tests).',
    key_service:
      'Set CENTRE_API_KEY when starting the centre server; the demo key is printed at start.',
    endpoints: [
      {
        specification: georeportV2Specification,
        url: `http://${host}/`,
        changeset,
        type: 'test',
        formats: ['application/json'],
      },
    ],
  };
  return jsonReply(200, discovery);
}
