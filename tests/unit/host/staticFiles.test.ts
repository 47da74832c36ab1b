import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../electron/host/staticFiles.js';

let base: string;
let root: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'kiosk-static-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<html>kiosk</html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'elsewhere', 'secret.html'), 'not for the page');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('the served folder', () => {
  it('serves its own files, also through a symlink that stays inside it', async () => {
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
    expect((await readStaticFile(root, '/'))?.body.toString()).toBe('<html>kiosk</html>');
    expect((await readStaticFile(root, '/alias.js'))?.body.toString()).toBe('console.log(1)');
  });

  it('refuses a symlink to /etc/passwd, even named like a page', async () => {
    symlinkSync('/etc/passwd', join(root, 'passwd.html'));
    symlinkSync('/etc/passwd', join(root, 'assets', 'passwd.js'));
    expect(await readStaticFile(root, '/passwd.html')).toBeUndefined();
    expect(await readStaticFile(root, '/assets/passwd.js')).toBeUndefined();
  });

  it('refuses a symlinked folder that leads outside, and a relative link that climbs out', async () => {
    symlinkSync(join(base, 'elsewhere'), join(root, 'linked'));
    symlinkSync('../elsewhere/secret.html', join(root, 'climb.html'));
    expect(await readStaticFile(root, '/linked/secret.html')).toBeUndefined();
    expect(await readStaticFile(root, '/climb.html')).toBeUndefined();
  });

  it('still serves when the root itself is reached through a symlink', async () => {
    const linkedRoot = join(base, 'current');
    symlinkSync(root, linkedRoot);
    expect((await readStaticFile(linkedRoot, '/index.html'))?.body.toString()).toBe(
      '<html>kiosk</html>',
    );
    symlinkSync('/etc/passwd', join(root, 'passwd.html'));
    expect(await readStaticFile(linkedRoot, '/passwd.html')).toBeUndefined();
  });
});
