// The socat relay of electron/host/systemdNotify.ts as a process: the arguments it gives socat,
// one line per message, a new relay when the old one died, and a missing socat logged once
// instead of crashing the host. A shell stands in for socat where socat's part is not the point.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { socatNotifyTransport } from '../../../electron/host/systemdNotify.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function nth<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no relay number ${index} was started`);
  return item;
}
const exitOf = (child: ChildProcessWithoutNullStreams) =>
  new Promise<void>((done) => child.once('exit', () => done()));
const errorOf = (child: ChildProcessWithoutNullStreams) =>
  new Promise<void>((done) => child.once('error', () => done()));

describe('the notify relay process', () => {
  it('passes socat the address, writes one line per message and restarts a dead relay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-relay-'));
    dirs.push(dir);
    const out = join(dir, 'received');
    const started: { argv: string[]; child: ChildProcessWithoutNullStreams }[] = [];
    // Each stand-in takes exactly one line and exits, as a socat that lost its socket would.
    const transport = socatNotifyTransport(
      { kind: 'abstract', name: 'kiosk-test' },
      createMemoryLogger(),
      {
        spawnRelay: (command, args) => {
          const child = spawn('sh', ['-c', `head -n 1 >> '${out}'`]);
          started.push({ argv: [command, ...args], child });
          return child;
        },
      },
    );
    transport.send('READY=1');
    expect(started).toHaveLength(1);
    await exitOf(nth(started, 0).child);
    transport.send('WATCHDOG=1');
    expect(started).toHaveLength(2);
    await exitOf(nth(started, 1).child);
    expect(readFileSync(out, 'utf8')).toBe('READY=1\nWATCHDOG=1\n');
    expect(started[0]?.argv).toEqual(['socat', '-u', '-', 'ABSTRACT-SENDTO:kiosk-test']);
    transport.close();
  });

  it('logs a missing socat once and keeps the host running', async () => {
    const logger = createMemoryLogger();
    const children: ChildProcessWithoutNullStreams[] = [];
    const transport = socatNotifyTransport({ kind: 'path', path: '/run/x/notify' }, logger, {
      socat: '/nonexistent/socat',
      spawnRelay: (command, args) => {
        const child = spawn(command, args);
        children.push(child);
        return child;
      },
    });
    transport.send('READY=1');
    await errorOf(nth(children, 0));
    transport.send('WATCHDOG=1');
    expect(children).toHaveLength(2);
    await errorOf(nth(children, 1));
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain('systemd notify relay failed');
    expect(logger.lines[0]).toContain('ENOENT');
    transport.close();
  });
});
