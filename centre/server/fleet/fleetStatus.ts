// What the centre can honestly say about a kiosk from its heartbeats alone. A heartbeat that
// stops coming proves nothing about the kiosk (the network may be down, not the kiosk), so a
// silent kiosk is "unknown since" its last heartbeat, never "down"; it is "offline" only when it
// said so itself (the heartbeat it sends when it stops).
import type { StoredHeartbeat } from '../store/kioskHeartbeats.js';

export type FleetState = 'online' | 'needs-paper' | 'stale' | 'offline' | 'unknown';

export interface KioskView {
  heartbeat: StoredHeartbeat;
  state: FleetState;
  /** One line for staff: the state in words, with "since …" where it matters. */
  label: string;
  /** What else needs a look (devices, dead letters, a refused remote config). */
  notes: string[];
  /** Seconds since the last heartbeat arrived. */
  ageSeconds: number;
}

/** Two missed beats (plus slack for a slow network) and the kiosk is late. */
export function staleAfterSeconds(intervalSeconds: number): number {
  return intervalSeconds * 2 + 30;
}

/** Ten missed beats, and at least 15 minutes: the centre no longer knows. */
export function unknownAfterSeconds(intervalSeconds: number): number {
  return Math.max(intervalSeconds * 10, 15 * 60);
}

function notesOf(heartbeat: StoredHeartbeat): string[] {
  const notes: string[] = [];
  if (heartbeat.printerPaper === 'low') notes.push('paper low');
  if (heartbeat.printerState !== 'ready' && heartbeat.printerPaper !== 'out') {
    notes.push(
      `printer ${heartbeat.printerState}${heartbeat.printerDetail ? `: ${heartbeat.printerDetail}` : ''}`,
    );
  }
  if (heartbeat.readerState !== 'ready') notes.push(`card reader ${heartbeat.readerState}`);
  if (heartbeat.deadLetters > 0) notes.push(`${heartbeat.deadLetters} refused request(s)`);
  if (heartbeat.held > 0) notes.push(`${heartbeat.held} request(s) held`);
  if (heartbeat.configError) notes.push(`remote config refused: ${heartbeat.configError}`);
  return notes;
}

export function viewKiosk(heartbeat: StoredHeartbeat, now: Date): KioskView {
  const ageSeconds = Math.max(
    0,
    Math.floor((now.getTime() - Date.parse(heartbeat.receivedAt)) / 1000),
  );
  const since = heartbeat.receivedAt;
  const notes = notesOf(heartbeat);
  const view = (state: FleetState, label: string): KioskView => ({
    heartbeat,
    state,
    label,
    notes,
    ageSeconds,
  });
  if (heartbeat.stopping) return view('offline', `offline since ${since} (the kiosk stopped)`);
  if (ageSeconds > unknownAfterSeconds(heartbeat.intervalSeconds)) {
    return view('unknown', `unknown since ${since}`);
  }
  if (ageSeconds > staleAfterSeconds(heartbeat.intervalSeconds)) {
    return view('stale', `stale: last heartbeat ${since}`);
  }
  if (heartbeat.printerPaper === 'out') return view('needs-paper', 'needs paper');
  return view('online', 'online');
}
