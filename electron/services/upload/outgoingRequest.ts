// Builds what the centre receives for a stored request: the sealed personal fields are opened
// only here, just before sending, and never logged.
import type { CategoryId, Language, Urgency } from '../../../contract/index.js';
import type { StoredRequest } from '../../../db/repositories/requests.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { unseal } from '../security/sealedFields.js';
import { serviceCodeFor } from '../../../upstream/client/index.js';
import type { OutgoingRequest } from './centreGateway.js';

interface PersonalFields {
  name: string | null;
  phone: string | null;
  description: string | null;
}

export function outgoingRequest(
  request: StoredRequest,
  keys: KioskKeys,
  directory: CommunityDirectory,
): OutgoingRequest {
  const personal: PersonalFields = request.personalSealed
    ? (unseal(keys, request.personalSealed) as PersonalFields)
    : { name: null, phone: null, description: null };
  const grid = request.gridId ? directory.grid(request.gridId) : undefined;
  const centre = directory.data().centre;
  return {
    ticket: request.ticket,
    lookupCode: request.lookupCode,
    kioskId: request.kioskId,
    serviceCode: serviceCodeFor(request.category as CategoryId, request.needId),
    category: request.category as CategoryId,
    urgency: request.urgency as Urgency,
    emergency: request.emergency,
    language: request.language as Language,
    gridId: request.gridId,
    description: personal.description ?? '',
    name: personal.name,
    phone: personal.phone,
    // Where the resident can be found is their grid; without one, the centre where they asked.
    address: grid ? grid.area['zh-CN'] : centre.address['zh-CN'],
    requestedAt: request.createdAt,
  };
}
