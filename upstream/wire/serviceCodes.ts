// How the reference centre names its services from the kiosk's catalogue: every common need is
// a service of its own (code = the need's id) and every category has one "something else"
// service. Only the reference server derives codes this way; the kiosk sends whatever code the
// platform's own service list holds.
const otherSuffix = '-other';

export function otherServiceCode(category: string): string {
  return `${category}${otherSuffix}`;
}

/** The reference centre's service code for a request: its common need, or its category's "other". */
export function serviceCodeFor(category: string, needId: string | null): string {
  return needId ?? otherServiceCode(category);
}
