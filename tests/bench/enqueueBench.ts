// Durable enqueue: one request row, its status and its outbox entry committed in one transaction
// on a WAL database with synchronous=FULL, as intake does before it answers. The baseline, in the
// same run and directory, is a bare write + fsync of the same number of bytes.
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/openDatabase.js';
import { enqueue } from '../../db/repositories/outbox.js';
import { insertRequest } from '../../db/repositories/requests.js';
import { recordAccepted } from '../../db/repositories/requestStatus.js';
import { newRequestRow } from '../support/newRequestRow.js';
import { numberRequest } from '../../electron/services/intake/ticketNumbers.js';
import { loadOrCreateKeys } from '../../electron/services/security/kioskKeys.js';
import { seal } from '../../electron/services/security/sealedFields.js';
import { type BenchRow, type Benchmark, percentile, round } from './benchTypes.js';

const enqueues = 2000;

export const enqueueBench: Benchmark = {
  name: 'durable enqueue',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-enqueue-'));
    const db = openDatabase(join(dir, 'kiosk.sqlite'));
    const keys = loadOrCreateKeys(dir);
    const sealed = seal(keys, {
      name: '张三明',
      phone: '13812345678',
      description: '厨房水管漏水，需要紧急维修',
    });
    try {
      let serial = 0;
      const enqueueOne = () => {
        serial += 1;
        const day = `2026-${String(1 + Math.floor(serial / 9000)).padStart(2, '0')}-01`;
        db.transaction(() => {
          const createdAt = new Date().toISOString();
          const request = insertRequest(
            db,
            newRequestRow({ serviceDate: day, createdAt, personalSealed: sealed }),
            (seq) => numberRequest('A03', day, seq),
          );
          recordAccepted(db, request.id, createdAt);
          enqueue(db, {
            kind: 'request',
            requestId: request.id,
            idempotencyKey: randomUUID(),
            priority: 2,
            now: createdAt,
          });
        }).immediate();
      };
      const committed: number[] = [];
      for (let i = 0; i < enqueues; i += 1) {
        const started = performance.now();
        enqueueOne();
        committed.push(performance.now() - started);
      }
      // Bytes one commit writes: an empty WAL, no checkpoints, a few hundred commits, its size.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('wal_autocheckpoint = 0');
      const sizing = 200;
      for (let i = 0; i < sizing; i += 1) enqueueOne();
      // The baseline writes what one commit wrote to the WAL, on average.
      const bytesPerCommit = Math.round(statSync(join(dir, 'kiosk.sqlite-wal')).size / sizing);
      const payload = Buffer.alloc(bytesPerCommit, 1);
      const file = openSync(join(dir, 'fsync.bin'), 'w');
      const fsyncs: number[] = [];
      for (let i = 0; i < enqueues; i += 1) {
        const started = performance.now();
        writeSync(file, payload);
        fsyncSync(file);
        fsyncs.push(performance.now() - started);
      }
      closeSync(file);
      committed.sort((a, b) => a - b);
      fsyncs.sort((a, b) => a - b);
      const p99 = percentile(committed, 99);
      const fsyncP99 = percentile(fsyncs, 99);
      return [
        {
          benchmark: 'durable enqueue (request + status + outbox), p50',
          figure: round(percentile(committed, 50), 3),
          unit: 'ms',
          target: '-',
          met: null,
        },
        {
          benchmark: 'durable enqueue (request + status + outbox), p99',
          figure: round(p99, 3),
          unit: 'ms',
          target: '< 10',
          met: p99 < 10,
        },
        {
          benchmark: 'WAL bytes written per durable enqueue',
          figure: bytesPerCommit,
          unit: 'bytes',
          target: '<= 16384',
          met: bytesPerCommit <= 16_384,
        },
        {
          benchmark: 'bare write + fsync of the same bytes, p99 (baseline)',
          figure: round(fsyncP99, 3),
          unit: 'ms',
          target: '-',
          met: null,
        },
        {
          benchmark: 'durable enqueue ÷ bare fsync, p99',
          figure: round(p99 / fsyncP99, 2),
          unit: 'x',
          target: '-',
          met: null,
        },
      ];
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
