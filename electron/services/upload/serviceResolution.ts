// What the upload worker needs from the catalogue mapping (another module owns it): for a stored
// request, the platform's own service code and the attribute codes its definition declares, or
// a reason it cannot be placed. The worker never makes a code up; an unplaceable request is held
// for staff with that reason and tried again when the catalogue changes.
import type { StoredRequest } from '../../../db/repositories/requests.js';

/** How the code was chosen, kept with a dead letter so staff can see why it went where it went. */
export interface ServiceMapping {
  /** e.g. "need", "category-fallback", "staff-override". */
  source: string;
  [detail: string]: unknown;
}

export type ServiceResolution =
  | { serviceCode: string; declaredAttributes: readonly string[]; mapping: ServiceMapping }
  | { problem: string };

export type ServiceResolver = (request: StoredRequest) => ServiceResolution;
