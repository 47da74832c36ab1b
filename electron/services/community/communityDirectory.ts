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
import { type Matcher, createMatcher, findGridForAddress } from '../matching/index.js';
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
  /** Re-reads the newest snapshot, e.g. after the upload worker stored the centre's directory. */
  reload(): void;
}

function validSnapshotData(db: Database, logger: Logger): CommunityData {
  const snapshot = latestSnapshot(db);
  const parsed = CommunityData.safeParse(snapshot?.data);
  if (parsed.success) return parsed.data;
  logger.error('the stored community directory is invalid; using the demo community', {
    snapshotId: snapshot?.id,
    issue: parsed.error.issues[0]?.message,
  });
  return CommunityData.parse(demoCommunity);
}

export function openCommunityDirectory(
  db: Database,
  logger: Logger,
  now: () => Date,
): CommunityDirectory {
  if (!latestSnapshot(db)) {
    saveSnapshot(db, 'demo-seed', demoCommunity, now());
    logger.info('community directory seeded with the demo community');
  }
  let data: CommunityData;
  let matcher: Matcher;
  let needs = new Map<string, CommonNeed>();
  let grids = new Map<string, Grid>();
  const load = () => {
    data = validSnapshotData(db, logger);
    matcher = createMatcher({ needs: data.needs, resources: data.resources, grids: data.grids });
    // Bad entries (duplicate ids, unknown grids) are skipped, not fatal: the kiosk keeps answering.
    for (const problem of matcher.problems.slice(0, 20))
      logger.warn('community directory problem', { problem });
    needs = new Map(data.needs.map((need) => [need.id, need]));
    grids = new Map(data.grids.map((grid) => [grid.id, grid]));
  };
  load();

  return {
    data: () => data,
    need: (id) => needs.get(id),
    grid: (id) => grids.get(id),
    gridForAddress: (address) => findGridForAddress(address, data.grids) ?? undefined,
    match: (request, limit) =>
      matcher
        .match(request, limit)
        .map((match) => ({ resource: match.resource, openNow: match.openNow })),
    reload: load,
  };
}
