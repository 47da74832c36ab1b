// The community the kiosk serves, from the newest valid snapshot in the database: the demo seed
// on first start, the centre's platform's data later. A snapshot that fails validation is never
// used; the previous good one stays in force.
import type { Database } from 'better-sqlite3';
import {
  type CommonNeed,
  CommunityData,
  type Grid,
  type ServiceResource,
  type CategoryId,
} from '../../../contract/index.js';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { demoCommunity } from '../../../db/seed/index.js';
import { createMatcher, findGridForAddress } from '../matching/index.js';
import type { Logger } from '../logger.js';

export interface MatchRequest {
  category: CategoryId;
  needId: string | null;
  description: string;
  gridId: string | null;
  at: Date;
  urgent: boolean;
}

export interface RankedResource {
  resource: ServiceResource;
  openNow: boolean;
}

export interface CommunityDirectory {
  data(): CommunityData;
  need(id: string): CommonNeed | undefined;
  grid(id: string): Grid | undefined;
  gridForAddress(address: string): Grid | undefined;
  match(request: MatchRequest, limit: number): RankedResource[];
}

export function openCommunityDirectory(
  db: Database,
  logger: Logger,
  now: () => Date,
): CommunityDirectory {
  let snapshot = latestSnapshot(db);
  if (!snapshot) {
    saveSnapshot(db, 'demo-seed', demoCommunity, now());
    snapshot = latestSnapshot(db);
    logger.info('community directory seeded with the demo community');
  }
  const parsed = CommunityData.safeParse(snapshot?.data);
  let data: CommunityData;
  if (parsed.success) data = parsed.data;
  else {
    logger.error('the stored community directory is invalid; using the demo community', {
      snapshotId: snapshot?.id,
      issue: parsed.error.issues[0]?.message,
    });
    data = CommunityData.parse(demoCommunity);
  }
  const matcher = createMatcher({
    needs: data.needs,
    resources: data.resources,
    grids: data.grids,
  });
  const needs = new Map(data.needs.map((need) => [need.id, need]));
  const grids = new Map(data.grids.map((grid) => [grid.id, grid]));

  return {
    data: () => data,
    need: (id) => needs.get(id),
    grid: (id) => grids.get(id),
    gridForAddress: (address) => findGridForAddress(address, data.grids) ?? undefined,
    match: (request, limit) =>
      matcher
        .match(request, limit)
        .map((match) => ({ resource: match.resource, openNow: match.openNow })),
  };
}
