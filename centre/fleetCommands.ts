// The staff CLI's fleet commands (run through cliCommands.ts):
//   fleet [--json]                      every kiosk's state from its latest heartbeat
//   config set <kioskId> <json-file>    the remote configuration served to that kiosk
//   config show <kioskId>               what that kiosk is served now, with its ETag
// The centre does not know the kiosk's settings: it checks only that the file is one JSON object;
// the kiosk checks every key with its own schema and reports a refusal in its next heartbeat.
import { readFileSync } from 'node:fs';
import { KioskId, RemoteConfig, maxRemoteConfigBytes } from './wire/fleet.js';
import { viewKiosk } from './server/fleet/fleetStatus.js';
import { openCentreDatabase } from './server/store/centreDatabase.js';
import { servedKioskConfig, setKioskConfig } from './server/store/kioskConfigs.js';
import { latestHeartbeats } from './server/store/kioskHeartbeats.js';

export interface FleetCliIo {
  dataDir: string;
  out(line: string): void;
  err(line: string): void;
  now(): Date;
}

export const fleetUsage = [
  '       cli fleet [--json]',
  '       cli config set <kioskId> <json-file>',
  '       cli config show <kioskId>',
].join('\n');

export function runFleet(json: boolean, io: FleetCliIo): number {
  const db = openCentreDatabase(io.dataDir);
  try {
    const now = io.now();
    const views = latestHeartbeats(db).map((heartbeat) => viewKiosk(heartbeat, now));
    if (json) {
      io.out(
        JSON.stringify(
          views.map((v) => ({
            kiosk_id: v.heartbeat.kioskId,
            state: v.state,
            label: v.label,
            last_heartbeat: v.heartbeat.receivedAt,
            version: v.heartbeat.version,
            queue_depth: v.heartbeat.queueDepth,
            notes: v.notes,
          })),
        ),
      );
      return 0;
    }
    io.out(['kiosk', 'state', 'version', 'queue', 'printer', 'reader', 'needs a look'].join('\t'));
    for (const v of views) {
      const h = v.heartbeat;
      io.out(
        [
          h.kioskId,
          v.label,
          h.version,
          String(h.queueDepth),
          h.printerState,
          h.readerState,
          v.notes.join('; ') || '-',
        ].join('\t'),
      );
    }
    io.err(`${views.length} kiosk(s)`);
    return 0;
  } finally {
    db.close();
  }
}

function readConfigFile(
  path: string,
): { ok: true; config: Record<string, unknown> } | { ok: false; why: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, why: `Cannot read ${path}: ${(error as Error).message}` };
  }
  if (Buffer.byteLength(text) > maxRemoteConfigBytes) {
    return { ok: false, why: `${path} is larger than ${maxRemoteConfigBytes} bytes.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, why: `${path} is not valid JSON: ${(error as Error).message}` };
  }
  const config = RemoteConfig.safeParse(parsed);
  return config.success && !Array.isArray(parsed)
    ? { ok: true, config: config.data }
    : { ok: false, why: `${path} must hold one JSON object of settings.` };
}

/** Exit codes: 0 done, 1 refused (unreadable file), 2 bad usage. */
export function runConfig(positionals: readonly string[], io: FleetCliIo): number {
  const [action, kiosk, file] = positionals;
  const kioskId = KioskId.safeParse(kiosk);
  if (!kioskId.success) {
    io.err(`A kiosk id is one capital letter and two digits, e.g. A03.\n${fleetUsage}`);
    return 2;
  }
  if (action === 'show' && positionals.length === 2) {
    const db = openCentreDatabase(io.dataDir);
    try {
      const served = servedKioskConfig(db, kioskId.data);
      io.out(served.json);
      io.err(`ETag ${served.etag}`);
      return 0;
    } finally {
      db.close();
    }
  }
  if (action !== 'set' || file === undefined || positionals.length !== 3) {
    io.err(fleetUsage);
    return 2;
  }
  const read = readConfigFile(file);
  if (!read.ok) {
    io.err(read.why);
    return 1;
  }
  const db = openCentreDatabase(io.dataDir);
  try {
    const stored = setKioskConfig(db, kioskId.data, read.config, io.now().toISOString());
    io.out(
      `${kioskId.data} config set (${Object.keys(read.config).length} key(s), ETag ${stored.etag})`,
    );
    return 0;
  } finally {
    db.close();
  }
}
