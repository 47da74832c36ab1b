// One endpoint: method, path template, whether it needs the api_key, whether chaos may strike it,
// whether it is an Open311 call (jurisdiction_id applies), which query parameters strict mode
// accepts, and its handler.
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import type { Reply } from '../http/reply.js';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  auth: boolean;
  chaos: boolean;
  /** An Open311 call: jurisdiction_id is checked when jurisdictions are configured. */
  open311: boolean;
  /** Strict mode only: the query parameters this call accepts; any other is refused with 400. */
  query?: readonly string[];
  handle(deps: CentreDeps, ctx: CallContext): Reply | Promise<Reply>;
}
