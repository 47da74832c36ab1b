// The community the kiosk serves. In order: the centre platform's directory (the newest valid
// upstream snapshot), else the provisioned directory.json, else — in demo mode only — the demo
// community (handed in by the demo module, never imported here), else a hotline-only directory that keeps the kiosk up and says so. A snapshot that fails
// validation is never used; the next source in that order stands in.
import type { Database } from 'better-sqlite3';
import {
  type CommonNeed,
  CommunityData,
  type Grid,
  type ServiceResource,
  type CategoryId,
  type MatchingOutcome,
} from '../../../contract/index.js';
import {
  type SnapshotSource,
  latestSnapshot,
  saveSnapshot,
} from '../../../db/repositories/communitySnapshots.js';
import { gridOfAddress } from '../contact/addressLookup.js';
import { type Matcher, createMatcher } from '../matching/index.js';
import type { Logger } from '../logger.js';
import { readCentreDirectory } from './centreDirectory.js';
import { hotlineOnlyDirectory } from './hotlineOnlyDirectory.js';

export type DirectorySource = 'upstream' | 'provisioned-file' | 'demo-seed' | 'hotline-only';

export interface DirectoryOptions {
  /** The invented demo community, from demo/ in demo mode only; undefined outside demo mode. */
  demoCommunity: CommunityData | undefined;
  /** directory.json from the data dir, already validated (directoryFile.ts); null when absent. */
  provisioned: CommunityData | null;
  /** For the hotline-only directory. */
  communityName: string;
  hotline: string;
}

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

/** The matcher's whole answer: confident resources only, and what to do when there are none. */
export interface DirectoryAnswer {
  results: (RankedResource & { confidence: number; because: string })[];
  outcome: MatchingOutcome['outcome'];
  confidence: number;
  danger: MatchingOutcome['danger'];
}

export interface CommunityDirectory {
  data(): CommunityData;
  need(id: string): CommonNeed | undefined;
  grid(id: string): Grid | undefined;
  gridForAddress(address: string): Grid | undefined;
  match(request: MatchRequest, limit: number): RankedResource[];
  /** Confident resources only (fewer than `limit` when fewer are good), danger first. */
  answer(request: MatchRequest, limit: number): DirectoryAnswer;
  /** Danger words in a description (and the tapped need's title), as the answer reports them. */
  danger(description: string, needId: string | null): MatchingOutcome['danger'];
  /** Where the directory in force came from (getKioskInfo shows it to staff). */
  source(): DirectorySource;
  /** Re-reads the newest snapshot, e.g. after the upload worker stored the centre's directory. */
  reload(): void;
}

function validSnapshot(
  db: Database,
  source: SnapshotSource,
  logger: Logger,
): CommunityData | undefined {
  const snapshot = latestSnapshot(db, source);
  if (!snapshot) return undefined;
  // A centre's copy saved before its texts were cleaned is cleaned the same way when read.
  if (source === 'upstream') {
    const read = readCentreDirectory(snapshot.data, logger);
    if (read.kind === 'usable') return read.data;
    logger.error('a stored community directory is invalid; not using it', {
      snapshotId: snapshot.id,
      source,
      issue: read.reason,
    });
    return undefined;
  }
  const parsed = CommunityData.safeParse(snapshot.data);
  if (parsed.success) return parsed.data;
  logger.error('a stored community directory is invalid; not using it', {
    snapshotId: snapshot.id,
    source,
    issue: parsed.error.issues[0]?.message,
  });
  return undefined;
}

function directoryInForce(
  db: Database,
  logger: Logger,
  options: DirectoryOptions,
): { data: CommunityData; source: DirectorySource } {
  const upstream = validSnapshot(db, 'upstream', logger);
  if (upstream) return { data: upstream, source: 'upstream' };
  if (options.provisioned) return { data: options.provisioned, source: 'provisioned-file' };
  if (options.demoCommunity) {
    return {
      data: validSnapshot(db, 'demo-seed', logger) ?? CommunityData.parse(options.demoCommunity),
      source: 'demo-seed',
    };
  }
  return { data: hotlineOnlyDirectory(options), source: 'hotline-only' };
}

export function openCommunityDirectory(
  db: Database,
  logger: Logger,
  now: () => Date,
  options: DirectoryOptions,
): CommunityDirectory {
  if (options.demoCommunity && !latestSnapshot(db)) {
    saveSnapshot(db, 'demo-seed', options.demoCommunity, now());
    logger.info('community directory seeded with the demo community');
  }
  let data: CommunityData;
  let source: DirectorySource;
  let matcher: Matcher;
  let needs = new Map<string, CommonNeed>();
  let grids = new Map<string, Grid>();
  const load = () => {
    const previous = source;
    ({ data, source } = directoryInForce(db, logger, options));
    if (source === 'hotline-only' && previous !== 'hotline-only') {
      logger.error(
        'no community directory: the centre has sent none and there is no directory.json; ' +
          'residents see the centre’s hotline and "something else" only',
      );
    }
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
    // The grids' address rules, else (grids without rules) their keywords: contact/addressLookup.ts.
    gridForAddress: (address) => gridOfAddress(address, data.grids),
    match: (request, limit) =>
      matcher
        .match(request, limit)
        .map((match) => ({ resource: match.resource, openNow: match.openNow })),
    answer: (request, limit) => {
      const answer = matcher.answer(request, limit);
      return {
        results: answer.results.map((match) => ({
          resource: match.resource,
          openNow: match.openNow,
          confidence: match.confidence,
          because: match.because,
        })),
        outcome: answer.outcome,
        confidence: answer.confidence,
        danger: answer.danger && { kinds: answer.danger.kinds, calls: answer.danger.calls },
      };
    },
    danger: (description, needId) => {
      const found = matcher.danger(description, needId);
      return found && { kinds: found.kinds, calls: found.calls };
    },
    source: () => source,
    reload: load,
  };
}
