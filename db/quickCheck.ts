// A database with a damaged page would otherwise be used without a word until some query hits
// the page. At start, SQLite's `PRAGMA quick_check` reads every page once. It runs on its own
// read-only connection in a worker thread, and start-up waits for it at most a bounded time: a
// large or slow disk delays the kiosk by that much, never more.
import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { z } from 'zod';

export type QuickCheckResult =
  | { state: 'ok'; ms: number }
  | { state: 'damaged'; problem: string; ms: number }
  | { state: 'unfinished'; ms: number }
  | { state: 'not-run'; problem: string };

export interface QuickCheckOptions {
  timeoutMs: number;
  /** better_sqlite3.node built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
}

/** SQLite lists up to this many problems; the first few are enough for the log. */
const maxProblems = 10;

// CommonJS, evaluated in the worker: it opens the file read-only and reports once.
const workerSource = `
const { workerData } = require('node:worker_threads');
const { path, modulePath, nativeBinding, signal, port, maxProblems } = workerData;
let reply;
try {
  const Database = require(modulePath);
  const db = new Database(path, {
    readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    const rows = db.pragma('quick_check(' + maxProblems + ')', { simple: false });
    const lines = rows.map((row) => String(Object.values(row)[0]));
    reply = lines.length === 1 && lines[0] === 'ok' ? { ok: true } : { ok: false, lines };
  } finally {
    db.close();
  }
} catch (error) {
  const message = String(error && error.message ? error.message : error);
  const code = String((error && error.code) || '');
  // SQLite's own verdict on the file is damage; anything else (no module, no file) is not.
  const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
  reply = damaged ? { ok: false, lines: [message] } : { ok: false, notRun: message };
}
port.postMessage(reply);
const flag = new Int32Array(signal);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`;

const WorkerReply = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), lines: z.array(z.string()) }),
  z.object({ ok: z.literal(false), notRun: z.string() }),
]);

export function quickCheck(path: string, options: QuickCheckOptions): QuickCheckResult {
  const started = Date.now();
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        path,
        modulePath: createRequire(import.meta.url).resolve('better-sqlite3'),
        nativeBinding: options.nativeBinding,
        signal,
        port: port2,
        maxProblems,
      },
      transferList: [port2],
    });
  } catch (error) {
    port1.close();
    return { state: 'not-run', problem: error instanceof Error ? error.message : String(error) };
  }
  // Blocks this thread, by design: start-up is synchronous and must know before serving.
  const woke = Atomics.wait(new Int32Array(signal), 0, 0, options.timeoutMs);
  const message = receiveMessageOnPort(port1);
  port1.close();
  void worker.terminate();
  const ms = Date.now() - started;
  if (woke === 'timed-out' || !message) return { state: 'unfinished', ms };
  const reply = WorkerReply.safeParse(message.message);
  if (!reply.success) return { state: 'not-run', problem: 'the check sent an unreadable reply' };
  if (reply.data.ok) return { state: 'ok', ms };
  if ('notRun' in reply.data) return { state: 'not-run', problem: reply.data.notRun };
  return { state: 'damaged', problem: reply.data.lines.join('; ').slice(0, 500), ms };
}
