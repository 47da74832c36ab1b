// How the kiosk's catalogue maps onto Open311 service codes: every common need is a service of its
// own (code = the need's id) and every category has one "something else" service. Server and
// kiosk both derive codes here, so they cannot drift apart.
import type { CategoryId } from '../../contract/community.js';

const otherSuffix = '-other';

export function otherServiceCode(category: CategoryId): string {
  return `${category}${otherSuffix}`;
}

/** The service code for a request: its common need, or its category's "other" service. */
export function serviceCodeFor(category: CategoryId, needId: string | null): string {
  return needId ?? otherServiceCode(category);
}
