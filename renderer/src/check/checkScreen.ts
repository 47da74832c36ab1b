// The screens of "Check my request", each carrying what opened the request.
import type { RequestStatus } from '../../../contract/index.js';
import type { RequestKey } from './requestKey.js';

export type CheckScreen =
  | { name: 'check-menu' }
  | { name: 'check-ticket' }
  | { name: 'check-card' }
  | { name: 'check-list'; requests: RequestStatus[]; cardToken: string }
  /** requestKey: what opened it (RequestKey), shown again to print a slip or to rate. */
  | { name: 'check-status'; status: RequestStatus; requestKey: RequestKey }
  /** A typed ticket's stage is on screen; the phone's last four digits open the rest. */
  | { name: 'check-unlock'; requestKey: RequestKey }
  | { name: 'rate'; status: RequestStatus; requestKey: RequestKey }
  | { name: 'rated'; stars: number };
