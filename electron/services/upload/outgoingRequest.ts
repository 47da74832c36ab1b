// Builds what the platform receives for a stored request, in the port's words: the service code
// and declared attributes come from the catalogue mapping (never made up here), the sealed
// personal fields are opened only here, just before sending, and never logged. Sealed fields
// written by other kiosk versions are read tolerantly: attributes and location are optional.
import { z } from 'zod';
import type { CategoryId, Language, Urgency } from '../../../contract/index.js';
import type { StoredRequest } from '../../../db/repositories/requests.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { unseal } from '../security/sealedFields.js';
import type { OutgoingRequest, RequestLocation } from './centreGateway.js';
import type { ServiceMapping, ServiceResolver } from './serviceResolution.js';

const optionalText = z.string().nullable().optional().catch(null);
const coordinate = z.number().finite().nullable().optional().catch(null);

const SealedPersonal = z.object({
  name: optionalText,
  phone: optionalText,
  description: optionalText,
  attributes: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .optional()
    .catch(undefined),
  location: z
    .object({ lat: coordinate, long: coordinate, address: optionalText })
    .optional()
    .catch(undefined),
});
type SealedPersonal = z.infer<typeof SealedPersonal>;

export interface OutgoingRequestDeps {
  keys: KioskKeys;
  resolveService: ServiceResolver;
  /** Where the kiosk stands, for a request whose resident gave no location. */
  kioskLocation: () => RequestLocation;
}

export type PreparedRequest =
  | { kind: 'ready'; request: OutgoingRequest; mapping: ServiceMapping }
  | { kind: 'held'; problem: string };

const empty: SealedPersonal = { name: null, phone: null, description: null };

/** The sealed fields cannot be opened (another key, damaged bytes): no retry will help. */
export class SealedFieldsUnreadable extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the sealed personal fields cannot be opened', options);
    this.name = 'SealedFieldsUnreadable';
  }
}

function openPersonal(keys: KioskKeys, sealed: Buffer | null): SealedPersonal {
  if (!sealed) return empty;
  let opened: unknown;
  try {
    opened = unseal(keys, sealed);
  } catch (error) {
    throw new SealedFieldsUnreadable({ cause: error });
  }
  const parsed = SealedPersonal.safeParse(opened);
  return parsed.success ? parsed.data : empty;
}

/** The resident's own location when they gave a usable one (a point, an address or both). */
function locationOf(personal: SealedPersonal, kiosk: () => RequestLocation): RequestLocation {
  const lat = personal.location?.lat ?? null;
  const long = personal.location?.long ?? null;
  const hasPoint = lat !== null && long !== null;
  const address = personal.location?.address?.trim() ? personal.location.address : null;
  if (!hasPoint && address === null) return kiosk();
  return hasPoint ? { lat, long, address } : { lat: null, long: null, address };
}

export function outgoingRequest(stored: StoredRequest, deps: OutgoingRequestDeps): PreparedRequest {
  let resolution: ReturnType<ServiceResolver>;
  try {
    resolution = deps.resolveService(stored);
  } catch (error) {
    // A broken mapping must not dead-letter requests: they wait for staff, like unmapped ones.
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'held', problem: `the service mapping failed: ${detail}`.slice(0, 300) };
  }
  if ('problem' in resolution) return { kind: 'held', problem: resolution.problem };
  const personal = openPersonal(deps.keys, stored.personalSealed);
  const declared = new Set(resolution.declaredAttributes);
  // Strict in what we send: only answers to attributes the service declares.
  const attributes = Object.fromEntries(
    Object.entries(personal.attributes ?? {}).filter(([code]) => declared.has(code)),
  );
  return {
    kind: 'ready',
    mapping: resolution.mapping,
    request: {
      serviceCode: resolution.serviceCode,
      facts: {
        ticket: stored.ticket,
        lookupCode: stored.lookupCode,
        kioskId: stored.kioskId,
        category: stored.category as CategoryId,
        urgency: stored.urgency as Urgency,
        emergency: stored.emergency,
        language: stored.language as Language,
        gridId: stored.gridId,
        submittedAt: stored.createdAt,
        ...(stored.assistedBy ? { assistedBy: stored.assistedBy } : {}),
        needsRouting: stored.needsRouting === true,
        ...(stored.dangerKinds ? { danger: stored.dangerKinds } : {}),
      },
      description: personal.description ?? '',
      name: personal.name ?? null,
      phone: personal.phone ?? null,
      location: locationOf(personal, deps.kioskLocation),
      attributes,
      declaredAttributes: resolution.declaredAttributes,
    },
  };
}
