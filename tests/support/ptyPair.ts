// A real pseudo-terminal pair from socat, so serial transports are tested through the kernel's tty
// layer rather than a mock. Each end behaves like a serial port device file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface PtyPair {
  /** The end the code under test opens, like /dev/ttyUSB0. */
  readonly devicePath: string;
  /** The end the simulated device (or the test) opens. */
  readonly peerPath: string;
  close(): Promise<void>;
}

const ptyLine = /PTY is (\/dev\/pts\/\d+)/g;

export interface PtyPairOptions {
  /** A stable symlink for the device end, so a test can make the "device" vanish and return
   *  under the same name by closing one pair and opening another. */
  deviceLink?: string;
  peerLink?: string;
  timeoutMs?: number;
}

const ptyAddress = (link: string | undefined): string =>
  link ? `pty,raw,echo=0,link=${link}` : 'pty,raw,echo=0';

export async function openPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const child: ChildProcess = spawn(
    'socat',
    ['-d', '-d', ptyAddress(options.deviceLink), ptyAddress(options.peerLink)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const paths = await new Promise<string[]>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`socat did not report two ptys within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start socat (is the socat package installed?): ${error.message}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const found = [...stderr.matchAll(ptyLine)].map((match) => match[1] ?? '');
      if (found.length >= 2) {
        clearTimeout(timer);
        resolve(found.slice(0, 2));
      }
    });
  });
  const [devicePath = '', peerPath = ''] = paths;
  // socat reports the /dev/pts paths before it has made the links; wait for those too.
  const links = [options.deviceLink, options.peerLink].filter((link): link is string => !!link);
  const deadline = Date.now() + timeoutMs;
  while (!links.every((link) => existsSync(link))) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`socat did not create ${links.join(' and ')} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // socat's "raw" can land after a fast first write; set both ends raw ourselves, or the tty
  // layer turns 0x0a into 0x0d 0x0a and a binary protocol test fails now and then.
  for (const path of [devicePath, peerPath]) {
    const stty = spawnSync('stty', ['-F', path, 'raw', '-echo'], { encoding: 'utf8' });
    if (stty.status !== 0) {
      child.kill('SIGKILL');
      throw new Error(`cannot set ${path} raw: ${stty.stderr}`);
    }
  }
  return {
    devicePath: options.deviceLink ?? devicePath,
    peerPath: options.peerLink ?? peerPath,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
