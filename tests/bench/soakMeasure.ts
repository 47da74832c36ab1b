// The soak's schedule and arithmetic, apart from its loop: when the network is down and how,
// when the printer fails, how a sample is taken quietly and how growth is computed.
import type { VirtualPrinterCondition } from '../../hardware/printer/virtual/virtualStatus.js';
import type { MemoryLook } from './soakProbe.js';
import type { NetworkState } from './soakProxy.js';

export interface Sample extends MemoryLook {
  /** Visits made (measured loop) or visit-slots passed (idle baseline) when it was taken. */
  at: number;
  /** Heap used by the proxy's thread (the network, not the kiosk), after its own GC. */
  proxyHeapUsed: number;
  handles: number;
  /** What the simulated printer holds of the bytes it received (its log, capped at 4 MB). */
  printerBytes: number;
  kinds: Record<string, number>;
}

const minuteMs = 60_000;

/** Every two simulated hours the link is down for 20 minutes, by turns refusing and hanging. */
export function networkAt(elapsedMs: number): NetworkState {
  const cycle = Math.floor(elapsedMs / (120 * minuteMs));
  const minute = (elapsedMs % (120 * minuteMs)) / minuteMs;
  if (minute < 100) return 'up';
  return cycle % 2 === 0 ? 'refuse' : 'blackhole';
}

/**
 * The printer's condition to set before visit n, or undefined to leave it: out of paper for 15
 * visits in every 250, offline (not answering its status) for 3 in every 700.
 */
export function printerAt(n: number): Partial<VirtualPrinterCondition> | undefined {
  if (n % 250 === 100) return { paperOut: true };
  if (n % 250 === 115) return { paperOut: false };
  if (n % 700 === 400) return { answersStatus: false };
  if (n % 700 === 403) return { answersStatus: true };
  return undefined;
}

export const realDelay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits past the keep-alive timeouts (the host's 5 s, the upstream pool's 4 s) so connections
 * that are merely idle are closed, as they are whenever the lobby is quiet, then collects twice.
 */
export async function quietly(gc: () => void): Promise<void> {
  await realDelay(5_500);
  gc();
  await realDelay(50);
  gc();
}

/** What keeps the event loop alive, by kind; taken when the soak itself waits on nothing. */
export function handleKinds(resources: readonly string[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const kind of resources) kinds[kind] = (kinds[kind] ?? 0) + 1;
  return kinds;
}

export const handleCount = (resources: readonly string[]): number => resources.length;

/** Least-squares slope of the field against `at`, per 1,000 (bytes per 1,000 visits). */
export type SampleField = Exclude<keyof Sample, 'kinds'>;

export function growthPer1000(samples: readonly Sample[], field: SampleField): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const meanX = samples.reduce((sum, s) => sum + s.at, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s[field], 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const s of samples) {
    numerator += (s.at - meanX) * (s[field] - meanY);
    denominator += (s.at - meanX) ** 2;
  }
  return (numerator / denominator) * 1000;
}
