// The result screen's wait for the printer: answered the moment the outcome is stored, at the
// deadline with the outcome as it still is, and at once when it is already not what was seen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../db/openDatabase.js';
import { readPrintJob } from '../../../db/repositories/printJobs.js';
import type { PrintResult } from '../../../hardware/printer/index.js';
import type { PrinterDevice } from '../../../electron/services/devices/printerDevice.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import {
  type OutcomeTimers,
  createOutcomeWaiters,
} from '../../../electron/services/receipts/outcomeWaiters.js';
import { createPrintService } from '../../../electron/services/receipts/printService.js';

/** Timers that fire only when the test says so. */
function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: OutcomeTimers = {
    setTimeout: (callback) => {
      next += 1;
      pending.set(next, callback);
      return next;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const fireAll = () => [...pending.values()].forEach((callback) => callback());
  return { timers, fireAll, pending };
}

/** A printer whose jobs end when the test ends them. */
function heldPrinter() {
  const jobs: { resolve: (result: PrintResult) => void; reject: (error: unknown) => void }[] = [];
  const device: PrinterDevice = {
    status: () => ({ driver: 'held', state: 'ready' }),
    print: () => new Promise((resolve, reject) => jobs.push({ resolve, reject })),
    virtualPrinter: undefined,
    close: () => Promise.resolve(),
  };
  return { device, jobs };
}

const dirs: string[] = [];
const dbs: Database[] = [];
afterEach(() => {
  dbs.splice(0).forEach((db) => db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-wait-outcome-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'kiosk.sqlite'));
  dbs.push(db);
  const printer = heldPrinter();
  const clock = fakeTimers();
  const service = createPrintService({
    db,
    printer: printer.device,
    logger: createMemoryLogger(),
    now: () => new Date('2026-11-28T01:30:00Z'),
    timers: clock.timers,
  });
  const document = { paper: 58, blocks: [] } as never;
  return { service, printer, clock, document, db };
}

/** Lets the print queue's promise chain reach the printer. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('waiting for a receipt outcome', () => {
  it('answers the moment the printer has printed, without a timer firing', async () => {
    const { service, printer, clock, document } = setup();
    const started = service.submit({ purpose: 'request', requestId: null, document });
    expect(started.state).toBe('printing');
    const waiting = service.waitOutcome(started.jobId, 'printing', 10_000);
    await settle();
    expect(printer.jobs).toHaveLength(1);
    printer.jobs[0]?.resolve({ warnings: ['paper-near-end'] } as unknown as PrintResult);
    expect(await waiting).toEqual({
      jobId: started.jobId,
      state: 'printed',
      problem: null,
      warnings: ['paper-near-end'],
    });
    expect(clock.pending.size).toBe(0);
  });

  it('answers before the write, which follows with the time the printer answered', async () => {
    const { service, printer, document, db } = setup();
    const started = service.submit({ purpose: 'request', requestId: null, document });
    const waiting = service.waitOutcome(started.jobId, 'printing', 10_000);
    await settle();
    printer.jobs[0]?.resolve({ warnings: [] } as unknown as PrintResult);
    expect(await waiting).toMatchObject({ state: 'printed' });
    // Told, not yet written: the write is the next turn's, and getReceiptOutcome agrees meanwhile.
    expect(readPrintJob(db, started.jobId)?.state).toBe('printing');
    expect(service.outcome(started.jobId)).toMatchObject({ state: 'printed' });
    await service.idle();
    expect(readPrintJob(db, started.jobId)).toMatchObject({
      state: 'printed',
      updatedAt: '2026-11-28T01:30:00.000Z',
    });
  });

  it('answers a failure with its problem', async () => {
    const { service, printer, document } = setup();
    const started = service.submit({ purpose: 'request', requestId: null, document });
    const waiting = service.waitOutcome(started.jobId, 'printing', 10_000);
    await settle();
    printer.jobs[0]?.reject(new Error('the cable came out'));
    expect(await waiting).toMatchObject({ state: 'failed', problem: 'printer-error' });
  });

  it('answers at the deadline with the job still printing', async () => {
    const { service, clock, document } = setup();
    const started = service.submit({ purpose: 'request', requestId: null, document });
    const waiting = service.waitOutcome(started.jobId, 'printing', 10_000);
    expect(clock.pending.size).toBe(1);
    clock.fireAll();
    expect(await waiting).toMatchObject({ state: 'printing' });
  });

  it('answers at once when the outcome is already another, or the job is unknown', async () => {
    const { service, clock, document } = setup();
    const started = service.submit({ purpose: 'request', requestId: null, document });
    expect(await service.waitOutcome(started.jobId, 'printed', 10_000)).toMatchObject({
      state: 'printing',
    });
    expect(await service.waitOutcome('no-such-job', 'printing', 10_000)).toBeUndefined();
    expect(clock.pending.size).toBe(0);
  });
});

describe('outcome waiters', () => {
  it('wakes every waiter of a job, none of another, and forgets them', async () => {
    const { timers, pending } = fakeTimers();
    const waiters = createOutcomeWaiters(timers);
    const woken: string[] = [];
    const a1 = waiters.wait('a', 1_000).then(() => woken.push('a1'));
    const a2 = waiters.wait('a', 1_000).then(() => woken.push('a2'));
    void waiters.wait('b', 1_000).then(() => woken.push('b'));
    expect(waiters.waiting).toBe(3);
    waiters.notify('a');
    await Promise.all([a1, a2]);
    expect(woken).toEqual(['a1', 'a2']);
    expect(waiters.waiting).toBe(1);
    expect(pending.size).toBe(1);
  });
});
