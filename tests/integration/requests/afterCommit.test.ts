// A full disk (or one bad step) after a request is committed must never read as a failed
// submission: the resident would tap again and make a second request. The seam refuses writes
// after N of them, for every N a submission reaches, with SQLITE_FULL and its cousins.
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { recordStage } from '../../../db/repositories/requestStatus.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { startHttpHost } from '../../../electron/host/httpHost.js';
import { failWritesAfter } from '../../support/diskFullSeam.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const draft: RequestDraft = {
  category: 'basic-living',
  needId: null,
  description: '厨房水管漏水',
  urgency: 'normal',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
};
const personal = /13812345678|张三明|厨房水管漏水/;

let kiosk: TestKiosk | undefined;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

const requestRows = (k: TestKiosk) =>
  (k.runtime.db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n;

/** Writes one submission makes with nothing failing, so the sweep covers each of them. */
async function writesPerSubmission(): Promise<number> {
  const probe = await startTestKiosk();
  const seam = failWritesAfter(probe.runtime.db, Number.MAX_SAFE_INTEGER);
  await probe.call('submitRequest', draft);
  await probe.runtime.printing.idle();
  const writes = seam.writes();
  seam.remove();
  await probe.stop();
  return writes;
}

describe('a disk that fills at any point of a submission', () => {
  for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_CORRUPT']) {
    it(`says saved exactly when it saved, and keeps what was stored (${code})`, async () => {
      const total = await writesPerSubmission();
      expect(total).toBeGreaterThanOrEqual(4);
      let savedButUnrecorded = 0;
      for (let allowed = 0; allowed <= total; allowed += 1) {
        const k = await startTestKiosk();
        kiosk = k;
        const earlier = await k.call('submitRequest', draft);
        const seam = failWritesAfter(k.runtime.db, allowed, code);
        const reply = await k.runtime.dispatch('submitRequest', draft);
        // The queue must settle without an unhandled rejection (vitest fails the run on one).
        await k.runtime.printing.idle();
        const refused = seam.refused();
        seam.remove();

        const where = `${code} after ${allowed} writes, refused: ${refused[0]?.sql ?? 'none'}`;
        // Saved or not is read from the database itself: the print job has a transaction of its
        // own after the save, so "refused in a transaction" alone does not say which one.
        if (requestRows(k) === 1) {
          // Refused inside the saving transaction: nothing saved, and the reply says so.
          expect(refused[0]?.inTransaction, where).toBe(true);
          expect(refused[0]?.sql, where).not.toMatch(/INTO print_jobs/);
          expect(reply.ok, where).toBe(false);
        } else {
          expect(reply, where).toMatchObject({ ok: true, value: { upstream: 'queued' } });
          if (!reply.ok) throw new Error(where);
          const saved = reply.value as { ticket: string; receipt: { jobId: string } };
          expect(requestRows(k), where).toBe(2);
          expect(findRequestByTicket(k.runtime.db, saved.ticket), where).toBeDefined();
          // The receipt's outcome is known and true: printed anyway, since the printer works.
          const outcome = await k.runtime.dispatch('getReceiptOutcome', {
            jobId: saved.receipt.jobId,
          });
          expect(outcome, where).toMatchObject({ ok: true, value: { state: 'printed' } });
          if (refused.some(({ sql }) => sql.includes('INTO print_jobs'))) savedButUnrecorded += 1;
        }
        // Nothing already stored is lost, and the kiosk answers as before.
        expect(await k.call('getRequestStatus', { ticket: earlier.ticket }), where).toMatchObject({
          stage: 'accepted',
        });
        expect(k.logs.join('\n'), where).not.toMatch(personal);
        await k.stop();
        kiosk = undefined;
      }
      // The sweep reached the case this is about: committed, then the print job not recorded.
      expect(savedButUnrecorded).toBeGreaterThan(0);
    });
  }
});

describe('steps after the save that fail on their own', () => {
  it('reply saved with no matches when matching throws, and with the receipt on screen when it cannot be built', async () => {
    const k = await startTestKiosk();
    kiosk = k;
    const { directory } = k.runtime;
    const { match, answer } = directory;
    directory.match = () => {
      throw new Error('matcher broke on 张三明');
    };
    directory.answer = () => {
      throw new Error('matcher broke on 张三明');
    };
    const data = directory.data;
    // A centre name the receipt builder refuses (not a string) breaks building the receipt.
    directory.data = () => ({ ...data(), centre: { ...data().centre, name: {} as never } });
    const reply = await k.runtime.dispatch('submitRequest', draft);
    // The receipt is built after the reply has gone: it reads as printing until then, and the
    // held wait of the result screen is told it was not printed.
    expect(reply).toMatchObject({
      ok: true,
      value: { matches: [], receipt: { state: 'printing' } },
    });
    if (!reply.ok) throw new Error('not saved');
    const { receipt } = reply.value as { receipt: { jobId: string } };
    const told = k.runtime.dispatch('waitReceiptOutcome', {
      jobId: receipt.jobId,
      seenState: 'printing',
      waitMs: 10_000,
    });
    await k.runtime.printing.idle();
    directory.match = match;
    directory.answer = answer;
    directory.data = data;
    expect(await told).toMatchObject({
      ok: true,
      value: { state: 'failed', problem: 'receipt-not-built' },
    });
    expect(await k.call('getReceiptOutcome', { jobId: receipt.jobId })).toMatchObject({
      state: 'failed',
      problem: 'receipt-not-built',
    });
    expect(requestRows(k)).toBe(1);
    // Matching runs just before the save (its routing mark commits with the request): its
    // failure is told as "saved all the same"; the receipt's is a step after the commit.
    const stepsOf = (words: string) =>
      k.logs
        .filter((line) => line.includes(words))
        .map((line) => (JSON.parse(line) as { step: string }).step);
    expect(stepsOf('saved all the same')).toEqual(['matching']);
    expect(stepsOf('the save stands')).toEqual(['receipt']);
    const { ticket } = reply.value as { ticket: string };
    expect(findRequestByTicket(k.runtime.db, ticket)?.needsRouting).toBe(true);
    expect(k.logs.join('\n')).not.toMatch(personal);
  });

  it('reply saved over HTTP when the disk fills after the commit, and the host answers on', async () => {
    const k = await startTestKiosk();
    kiosk = k;
    const rendererDir = join(k.dataDir, '..', 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    const host = await startHttpHost({ dispatch: k.runtime.dispatch, rendererDir, port: 0 });
    const post = (path: string, body: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: host.port,
            method: 'POST',
            path,
            headers: {
              host: `127.0.0.1:${host.port}`,
              'x-kiosk-token': host.token,
              'content-type': 'application/json',
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      // Every write after the saving transaction fails, as on a disk that just filled up.
      const seam = failWritesAfter(k.runtime.db, /print_jobs/);
      const reply = await post('/api/submitRequest', JSON.stringify(draft));
      await k.runtime.printing.idle();
      seam.remove();
      // The one write refused is the print job's, written after the save committed.
      expect(seam.refused().map(({ sql }) => /INTO print_jobs/.test(sql))).toEqual([true]);
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toMatchObject({ ok: true, value: { upstream: 'queued' } });
      expect(requestRows(k)).toBe(1);
      expect((await post('/api/getSettings', '{}')).status).toBe(200);
    } finally {
      await host.close();
    }
  });

  it('report a committed rating as given when reading it back fails', async () => {
    const k = await startTestKiosk();
    kiosk = k;
    const submitted = await k.call('submitRequest', { ...draft, description: '' });
    const stored = findRequestByTicket(k.runtime.db, submitted.ticket);
    if (!stored) throw new Error('missing');
    recordStage(k.runtime.db, stored.id, {
      stage: 'done',
      at: '2026-11-29T02:00:00Z',
      handlerNote: null,
      updatedAt: '2026-11-29T02:00:00Z',
    });
    const db = k.runtime.db;
    const prepare = db.prepare.bind(db);
    let ratingReads = 0;
    // The transaction reads the rating once (already rated?); the read-back is the second.
    db.prepare = ((sql: string) => {
      if (/FROM ratings/.test(sql) && ++ratingReads === 2) {
        throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_READ' });
      }
      return prepare(sql);
    }) as typeof db.prepare;
    const reply = await k.runtime.dispatch('rateRequest', {
      ticket: submitted.lookupCode,
      stars: 4,
      tags: ['fast', 'fast'],
    });
    db.prepare = prepare;
    expect(reply).toEqual({
      ok: true,
      value: { ticket: submitted.ticket, stars: 4, tags: ['fast'] },
    });
    expect((await k.call('getRequestStatus', { ticket: submitted.lookupCode })).rating).toEqual({
      stars: 4,
      tags: ['fast'],
    });
  });
});

describe('stopping on a full disk', () => {
  it('still closes the database when the clean stop cannot be recorded', async () => {
    const k = await startTestKiosk();
    await k.call('submitRequest', draft);
    const seam = failWritesAfter(k.runtime.db, 0);
    await k.runtime.close();
    // The receipt, recorded in the turn after the reply, could not be recorded either.
    expect(seam.refused().map(({ sql }) => sql.split(' ').slice(0, 3).join(' '))).toEqual([
      'INSERT INTO print_jobs',
      'UPDATE process_runs SET',
    ]);
    expect(k.runtime.db.open).toBe(false);
    expect(k.logs.some((line) => line.includes('clean stop not recorded'))).toBe(true);
    await k.stop();
  });
});
