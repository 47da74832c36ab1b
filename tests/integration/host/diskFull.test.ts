// The real host process with its data dir on a real, small file system that runs full. Each
// submission is tried with a few pages less room than the last, so the disk runs out at a
// different write each time: inside the saving transaction, at the print job, at its outcome.
// Whatever happens, the reply says saved exactly when the request was saved, and the host keeps
// answering. Needs root for `mount -t tmpfs`; where that is refused the variant says why and
// does not run (the seam variant in tests/integration/requests/afterCommit.test.ts always does).
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  fstatSync,
  mkdtempSync,
  openSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange } from '../../support/rawHttp.js';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

function mountSmallDisk(): { dir: string } | { refused: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m,mode=0700', 'tmpfs', dir], {
      stdio: 'pipe',
    });
    return { dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const why = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    return { refused: why };
  }
}

const disk = mountSmallDisk();
if ('refused' in disk) {
  console.info(`real full-disk test not run: mount -t tmpfs was refused (${disk.refused})`);
}

describe.runIf('dir' in disk)('the host on a disk that runs full', () => {
  const dir = 'dir' in disk ? disk.dir : '';
  const dataDir = join(dir, 'data');
  const fillerPath = join(dir, 'filler');
  let host: HostProcess;
  let port: number;
  let token: string;

  beforeAll(async () => {
    // Two dozen requests in a few seconds: past the lobby's limit, which is not tested here.
    host = await startHostProcess({ KIOSK_DATA_DIR: dataDir, KIOSK_SUBMISSIONS_PER_HOUR: '1000' });
    port = Number(new URL(host.url).port);
    const page = await rawExchange(
      port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    const found = /name="kiosk-api-token" content="([^"]+)"/.exec(page.reply);
    if (!found?.[1]) throw new Error('no token in the page');
    token = found[1];
  });
  afterAll(async () => {
    await host?.stop();
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  type Reply = { ok: boolean; value?: { ticket: string; receipt: { jobId: string } } };
  const call = (name: string, input: unknown) =>
    new Promise<{ status: number; body: Reply }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/${name}`,
          agent: false,
          headers: {
            host: `127.0.0.1:${port}`,
            'x-kiosk-token': token,
            'content-type': 'application/json',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });

  /** Fills the disk to the last byte, then frees `pages` 4 KiB pages of it. */
  function leaveFree(pages: number): void {
    const fd = openSync(fillerPath, 'a');
    const block = Buffer.alloc(4096, 0x66);
    try {
      for (;;) writeSync(fd, block);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    }
    const size = fstatSync(fd).size;
    ftruncateSync(fd, Math.max(0, Math.floor(size / 4096) * 4096 - pages * 4096));
    closeSync(fd);
  }

  it('says saved exactly when it saved, loses nothing stored, and keeps answering', async () => {
    const draft = {
      category: 'basic-living',
      needId: null,
      description: '楼道灯坏了',
      urgency: 'normal',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
    };
    const first = await call('submitRequest', draft);
    expect(first.body.ok).toBe(true);
    const saved: string[] = [first.body.value?.ticket ?? ''];
    const outcomes: string[] = [];
    for (let pages = 0; pages <= 24; pages += 1) {
      leaveFree(pages);
      const reply = await call('submitRequest', draft);
      if (reply.body.ok && reply.body.value) {
        saved.push(reply.body.value.ticket);
        const receipt = await call('getReceiptOutcome', { jobId: reply.body.value.receipt.jobId });
        outcomes.push(`${pages}:saved/${receipt.body.ok ? 'outcome-known' : 'outcome-unknown'}`);
      } else {
        // Not saved: a plain failure the resident may retry, never a 2xx.
        expect(reply.status, `${pages} pages free`).toBeGreaterThanOrEqual(500);
        outcomes.push(`${pages}:not-saved`);
      }
      const page = await rawExchange(
        port,
        `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(page.status, `the page with ${pages} pages free`).toBe(200);
    }
    console.info('disk-full sweep (free pages: outcome)', outcomes.join(' '));
    // The sweep did run the disk full at least once.
    expect(outcomes.some((outcome) => outcome.endsWith('not-saved'))).toBe(true);
    // ...and ran it full right after a commit: saved, receipt job not recorded, reply 'saved'.
    expect(host.output()).toContain('print job not recorded; printing it anyway');
    unlinkSync(fillerPath);

    // Room again: every ticket the kiosk called saved is there, and nothing else is.
    for (const ticket of saved) {
      const status = await call('getRequestStatus', { ticket });
      expect(status.body, ticket).toMatchObject({ ok: true, value: { stage: 'accepted' } });
    }
    await host.stop();
    const db = new BetterSqlite3(join(dataDir, 'kiosk.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT ticket FROM requests ORDER BY id').all() as {
      ticket: string;
    }[];
    db.close();
    expect(rows.map((row) => row.ticket)).toEqual(saved);
    expect(host.output()).not.toContain('13812345678');
  });
});
