// GET /x/directory.json (extension): the community directory (centre, categories, needs, grids,
// workers, resources) with a strong ETag, so a kiosk polling with If-None-Match pays for a
// changed directory only.
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, header } from '../http/context.js';
import { matchesIfNoneMatch } from '../catalog/directoryState.js';
import { type Reply, rawJsonReply } from '../http/reply.js';

export function getDirectory(deps: CentreDeps, ctx: CallContext): Reply {
  const snapshot = deps.directory();
  const headers = { ETag: snapshot.etag, 'Cache-Control': 'no-cache' };
  if (matchesIfNoneMatch(header(ctx, 'if-none-match'), snapshot.etag)) {
    return { status: 304, headers, body: null };
  }
  return rawJsonReply(200, snapshot.body, headers);
}
