// The staff CLI's commands, separate from the process entry so tests run them in-process:
//   stage <id> <in-progress|done> [--note "…"]   move a request forward (never back)
//   list [--stage <stage>] [--json]              every request, oldest first
//   fleet …, config set|show …                   the kiosks (see fleetCommands.ts)
// Both work on the database in CENTRE_DATA_DIR, also while the server is running (WAL).
import { parseArgs } from 'node:util';
import { fleetUsage, runConfig, runFleet } from './fleetCommands.js';
import { Stage } from './wire/vocabulary.js';
import { open311Record } from './server/requests/open311Record.js';
import { openCentreDatabase } from './server/store/centreDatabase.js';
import { findRating } from './server/store/ratings.js';
import { allRequests } from './server/store/serviceRequests.js';
import { moveStage } from './server/store/stageMoves.js';

export interface CliIo {
  dataDir: string;
  out(line: string): void;
  err(line: string): void;
  now(): Date;
}

export const usage = [
  'usage: cli stage <service_request_id> <in-progress|done> [--note "text for the resident"]',
  '       cli list [--stage accepted|in-progress|done] [--json]',
  fleetUsage,
].join('\n');

/** Exit codes: 0 done, 1 refused (unknown id, backwards move), 2 bad usage. */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        note: { type: 'string' },
        stage: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;

  if (command === 'stage') {
    const [id, stageName] = positionals;
    const stage = Stage.safeParse(stageName);
    if (id === undefined || !stage.success || positionals.length !== 2) {
      io.err(usage);
      return 2;
    }
    const db = openCentreDatabase(io.dataDir);
    try {
      const note = values.note?.trim() || null;
      const moved = moveStage(db, id, stage.data, note, io.now().toISOString());
      if (!moved.ok) {
        io.err(
          moved.reason === 'not-found'
            ? `No request ${id}.`
            : `Request ${id} is already ${moved.current}; stages only move forward.`,
        );
        return 1;
      }
      io.out(`${id} ${moved.request.stage}${note ? ` — ${note}` : ''}`);
      return 0;
    } finally {
      db.close();
    }
  }

  if (command === 'list') {
    const stage = values.stage === undefined ? null : Stage.safeParse(values.stage);
    if ((stage && !stage.success) || positionals.length > 0) {
      io.err(usage);
      return 2;
    }
    const db = openCentreDatabase(io.dataDir);
    try {
      const requests = allRequests(db, stage?.data ?? null);
      if (values.json) {
        io.out(JSON.stringify(requests.map((r) => open311Record(r, findRating(db, r.id)))));
        return 0;
      }
      io.out(['id', 'stage', 'service_code', 'ticket', 'requested', 'updated', 'note'].join('\t'));
      for (const r of requests) {
        io.out(
          [
            r.id,
            r.stage,
            r.serviceCode,
            r.ticket ?? '-',
            r.requestedAt,
            r.updatedAt,
            r.handlerNote ?? '',
          ].join('\t'),
        );
      }
      io.err(`${requests.length} request(s)`);
      return 0;
    } finally {
      db.close();
    }
  }

  if (command === 'fleet') {
    if (positionals.length > 0) {
      io.err(usage);
      return 2;
    }
    return runFleet(values.json, io);
  }

  if (command === 'config') return runConfig(positionals, io);

  io.err(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}
