// The data folder on real file systems that refuse writes: a read-only mount (where even root
// cannot write) and a disk with no inode left. Needs `mount -t tmpfs`; said and not run without.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { prepareDataDir } from '../../../electron/services/security/dataDirAccess.js';

const mounted: string[] = [];
function mountTmpfs(options: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    mounted.push(dir);
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    console.info(`data folder mount test not run: mount -t tmpfs was refused (${String(error)})`);
    return undefined;
  }
}
afterAll(() => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

const canMount = mountTmpfs('size=1m') !== undefined;

describe.runIf(canMount)('the data folder on a mount that refuses writes', () => {
  it('names a read-only folder even to root, with what is needed', () => {
    const dir = mountTmpfs('size=1m,mode=0700') ?? '';
    mkdirSync(join(dir, 'data'), { mode: 0o700 });
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    expect(() => prepareDataDir(join(dir, 'data'), createMemoryLogger())).toThrow(
      `The kiosk's data folder ${join(dir, 'data')} is not writable (EROFS). The kiosk needs a folder it can read and write`,
    );
  });

  it('starts on a full disk, saying so, rather than calling it a permission problem', () => {
    const dir = mountTmpfs('size=1m,nr_inodes=8,mode=0700') ?? '';
    const data = join(dir, 'data');
    mkdirSync(data, { mode: 0o700 });
    let files = 0;
    try {
      for (; files < 100; files += 1) writeFileSync(join(dir, `filler-${files}`), '');
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    expect(files).toBeLessThan(100);
    const logger = createMemoryLogger();
    prepareDataDir(data, logger);
    expect(logger.lines.join('\n')).toContain('disk is full');
  });
});
