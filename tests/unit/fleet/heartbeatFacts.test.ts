// A heartbeat's facts from the kiosk's own services, and the client's check before it leaves.
import { describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../contract/index.js';
import {
  diskFreeBytes,
  gatherHeartbeat,
  paperOf,
} from '../../../electron/services/fleet/heartbeatFacts.js';
import { describeProblem } from '../../../hardware/printer/index.js';
import { heartbeatForm, isCentreError } from '../../../upstream/client/index.js';

const printer = (state: DeviceStatus['state'], detail?: string): DeviceStatus => ({
  driver: 'tcp://192.0.2.10:9100',
  state,
  ...(detail ? { detail } : {}),
});

describe('paperOf', () => {
  it('reads the paper from the printer’s own staff text', () => {
    expect(paperOf(printer('needs-attention', describeProblem('paper-out')))).toBe('out');
    expect(paperOf(printer('needs-attention', describeProblem('paper-near-end')))).toBe('low');
    expect(paperOf(printer('ready', describeProblem('status-unknown')))).toBe('unknown');
    expect(paperOf(printer('needs-attention', describeProblem('cover-open')))).toBe('unknown');
    expect(paperOf(printer('disconnected', describeProblem('offline')))).toBe('unknown');
    expect(paperOf(printer('ready'))).toBe('ok');
  });
});

describe('gatherHeartbeat', () => {
  it('counts uptime from the start and reads free space of the data dir', async () => {
    const heartbeat = await gatherHeartbeat(
      {
        kioskId: 'A03',
        version: '0.1.0',
        startedAt: new Date('2026-12-01T08:00:00Z'),
        dataDir: '/data',
        queue: () => ({ queueDepth: 2, oldestWaitingSeconds: 30, deadLetters: 0, held: 1 }),
        printer: () => printer('needs-attention', describeProblem('paper-near-end')),
        cardReader: () => ({ driver: 'simulator', state: 'busy' }),
        statfs: async (path) => {
          expect(path).toBe('/data');
          return { bavail: 1000n, bsize: 4096 };
        },
      },
      new Date('2026-12-01T09:00:00.900Z'),
      { intervalSeconds: 60, configEtag: null, configError: null, stopping: false },
    );
    expect(heartbeat).toEqual({
      kioskId: 'A03',
      sentAt: '2026-12-01T09:00:00.900Z',
      intervalSeconds: 60,
      version: '0.1.0',
      uptimeSeconds: 3600,
      queueDepth: 2,
      oldestWaitSeconds: 30,
      deadLetters: 0,
      held: 1,
      printerState: 'needs-attention',
      printerPaper: 'low',
      printerDetail: describeProblem('paper-near-end'),
      readerState: 'busy',
      diskFreeBytes: 4_096_000,
      configEtag: null,
      configError: null,
      stopping: false,
    });
    expect(heartbeatForm(heartbeat, 'k').get('sent_datetime')).toBe('2026-12-01T09:00:00Z');
  });

  it('sends no free space it could not read', async () => {
    expect(
      await diskFreeBytes('/nowhere', async () => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
  });

  it('is refused on the kiosk, before any call, when a field is not what the wire allows', () => {
    let caught: unknown;
    try {
      heartbeatForm(
        {
          kioskId: 'not-an-id',
          sentAt: '2026-12-01T09:00:00Z',
          intervalSeconds: 60,
          version: '0.1.0',
          uptimeSeconds: 0,
          queueDepth: 0,
          oldestWaitSeconds: null,
          deadLetters: 0,
          held: 0,
          printerState: 'ready',
          printerPaper: 'ok',
          printerDetail: null,
          readerState: 'ready',
          diskFreeBytes: null,
          configEtag: null,
          configError: null,
          stopping: false,
        },
        'k',
      );
    } catch (error) {
      caught = error;
    }
    expect(isCentreError(caught) && caught.kind).toBe('permanent');
    expect(isCentreError(caught) && caught.description).toBe(
      'Heartbeat not sent: kioskId is invalid.',
    );
  });
});
