// What one heartbeat says, gathered from the services the kiosk already has: the queue (the
// upload state staff see), the devices' status, the version and uptime, and the free space of
// the data dir. Counts and states only: nothing here can carry a resident's data.
import { statfs } from 'node:fs/promises';
import type { DeviceStatus } from '../../../contract/index.js';
import { describeProblem } from '../../../hardware/printer/index.js';
import type { KioskHeartbeat } from '../upload/centreGateway.js';

export interface HeartbeatSources {
  kioskId: string;
  version: string;
  startedAt: Date;
  dataDir: string;
  queue(): {
    queueDepth: number;
    oldestWaitingSeconds: number | null;
    deadLetters: number;
    held: number;
  };
  printer(): DeviceStatus;
  cardReader(): DeviceStatus;
  /** node:fs statfs by default; tests pass their own. */
  statfs?: (path: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;
}

/** Paper as the centre's staff need it, from the printer's own staff text. */
export function paperOf(printer: DeviceStatus): KioskHeartbeat['printerPaper'] {
  if (printer.state === 'not-installed' || printer.state === 'disconnected') return 'unknown';
  if (printer.detail === describeProblem('paper-out')) return 'out';
  if (printer.detail === describeProblem('paper-near-end')) return 'low';
  if (printer.detail === describeProblem('status-unknown')) return 'unknown';
  // A cover open or a jam says nothing about the roll.
  return printer.state === 'ready' ? 'ok' : 'unknown';
}

export async function diskFreeBytes(
  dataDir: string,
  read: NonNullable<HeartbeatSources['statfs']> = statfs,
): Promise<number | null> {
  try {
    const stats = await read(dataDir);
    const free = Number(stats.bavail) * Number(stats.bsize);
    return Number.isFinite(free) && free >= 0 ? Math.floor(free) : null;
  } catch {
    return null;
  }
}

export async function gatherHeartbeat(
  sources: HeartbeatSources,
  now: Date,
  extra: Pick<KioskHeartbeat, 'intervalSeconds' | 'configEtag' | 'configError' | 'stopping'>,
): Promise<KioskHeartbeat> {
  const queue = sources.queue();
  const printer = sources.printer();
  return {
    kioskId: sources.kioskId,
    sentAt: now.toISOString(),
    version: sources.version,
    uptimeSeconds: Math.max(0, Math.floor((now.getTime() - sources.startedAt.getTime()) / 1000)),
    queueDepth: queue.queueDepth,
    oldestWaitSeconds: queue.oldestWaitingSeconds,
    deadLetters: queue.deadLetters,
    held: queue.held,
    printerState: printer.state,
    printerPaper: paperOf(printer),
    printerDetail: printer.detail?.slice(0, 200) ?? null,
    readerState: sources.cardReader().state,
    diskFreeBytes: await diskFreeBytes(sources.dataDir, sources.statfs),
    ...extra,
  };
}
