// What the soak looks at in the host's memory at each sample, beyond RSS: V8's own accounting
// (heap used and committed, memory V8 malloc'd, external and ArrayBuffer memory), the kernel's
// split of RSS into anonymous, file-backed and shared pages, and, when asked for by environment,
// a heap snapshot at chosen visit counts so two of them can be compared in DevTools. RSS alone
// moves in steps the allocator chooses; these say which part of the process actually grew.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';

export interface MemoryLook {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Memory V8 itself has malloc'd (outside its heap pages). */
  mallocedMemory: number;
  /**
   * Resident bytes of V8's young generation. V8 sizes it by the recent allocation rate, from
   * 1 MB up to 32 MB, and a forced collection does not reset it, so it is most of the steps
   * RSS takes between two samples; RSS less this is what the rest of the process holds.
   */
  newSpace: number;
  /** RSS split by the kernel (/proc/self/status; 0 where there is none). */
  rssAnon: number;
  rssFile: number;
  rssShmem: number;
}

/** Reads one `Name:   123 kB` line of /proc/self/status, in bytes. */
export function statusField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : 0;
}

function procStatus(): string {
  try {
    return readFileSync('/proc/self/status', 'utf8');
  } catch {
    return '';
  }
}

export function lookAtMemory(): MemoryLook {
  const memory = process.memoryUsage();
  const status = procStatus();
  return {
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    heapTotal: memory.heapTotal,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
    mallocedMemory: getHeapStatistics().malloced_memory,
    newSpace:
      getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
        ?.physical_space_size ?? 0,
    rssAnon: statusField(status, 'RssAnon'),
    rssFile: statusField(status, 'RssFile'),
    rssShmem: statusField(status, 'RssShmem'),
  };
}

/**
 * Visit counts at which to write a heap snapshot (SOAK_SNAPSHOT_AT=1000,3000) into
 * SOAK_SNAPSHOT_DIR; none unless both are set.
 */
export function snapshotPlan(env: NodeJS.ProcessEnv): { dir: string; at: Set<number> } | null {
  const dir = env.SOAK_SNAPSHOT_DIR;
  const at = (env.SOAK_SNAPSHOT_AT ?? '')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((value) => Number.isInteger(value) && value >= 0);
  if (!dir || at.length === 0) return null;
  return { dir, at: new Set(at) };
}

/** Writes a snapshot named by the visit count; returns its path. Call after a forced GC. */
export function snapshotAt(dir: string, visits: number): string {
  return writeHeapSnapshot(join(dir, `soak-${String(visits).padStart(5, '0')}.heapsnapshot`));
}
