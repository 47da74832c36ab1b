// What the centre says about a kiosk from its latest heartbeat and the time: the thresholds, the
// notes for staff, and that a silent kiosk is "unknown since", never "down".
import { describe, expect, it } from 'vitest';
import { fleetPage } from '../../../centre/server/fleet/fleetPage.js';
import {
  staleAfterSeconds,
  unknownAfterSeconds,
  viewKiosk,
} from '../../../centre/server/fleet/fleetStatus.js';
import type { StoredHeartbeat } from '../../../centre/server/store/kioskHeartbeats.js';

const heard = '2026-12-01T08:00:00.000Z';
const heartbeat = (overrides: Partial<StoredHeartbeat> = {}): StoredHeartbeat => ({
  kioskId: 'B03',
  receivedAt: heard,
  sentAt: heard,
  intervalSeconds: 60,
  version: '0.1.0',
  uptimeSeconds: 100,
  queueDepth: 0,
  oldestWaitSeconds: null,
  deadLetters: 0,
  held: 0,
  printerState: 'ready',
  printerPaper: 'ok',
  printerDetail: null,
  readerState: 'ready',
  diskFreeBytes: 2 * 1024 ** 3,
  configEtag: null,
  configError: null,
  stopping: false,
  ...overrides,
});
const after = (seconds: number) => new Date(Date.parse(heard) + seconds * 1000);

describe('viewKiosk', () => {
  it('goes from online to stale to unknown since the last heartbeat', () => {
    expect(staleAfterSeconds(60)).toBe(150);
    expect(unknownAfterSeconds(60)).toBe(900);
    expect(unknownAfterSeconds(600)).toBe(6000);
    expect(viewKiosk(heartbeat(), after(150)).state).toBe('online');
    expect(viewKiosk(heartbeat(), after(151))).toMatchObject({
      state: 'stale',
      label: `stale: last heartbeat ${heard}`,
    });
    expect(viewKiosk(heartbeat(), after(900)).state).toBe('stale');
    expect(viewKiosk(heartbeat(), after(901))).toMatchObject({
      state: 'unknown',
      label: `unknown since ${heard}`,
      ageSeconds: 901,
    });
  });

  it('says needs paper for a fresh heartbeat with the paper out, and notes the rest', () => {
    const view = viewKiosk(
      heartbeat({
        printerState: 'needs-attention',
        printerPaper: 'out',
        printerDetail: 'printer out of paper',
        readerState: 'disconnected',
        deadLetters: 2,
        held: 1,
        configError: '"kioskId" is set on the kiosk only, never remotely',
      }),
      after(10),
    );
    expect(view.state).toBe('needs-paper');
    expect(view.notes).toEqual([
      'card reader disconnected',
      '2 refused request(s)',
      '1 request(s) held',
      'remote config refused: "kioskId" is set on the kiosk only, never remotely',
    ]);
    expect(
      viewKiosk(
        heartbeat({
          printerPaper: 'low',
          printerState: 'needs-attention',
          printerDetail: 'paper near end; replace the roll soon',
        }),
        after(10),
      ).notes,
    ).toEqual(['paper low', 'printer needs-attention: paper near end; replace the roll soon']);
    // A silent kiosk's last word on paper is not today's news.
    expect(viewKiosk(heartbeat({ printerPaper: 'out' }), after(1000)).state).toBe('unknown');
  });

  it('is offline only when the kiosk said it was stopping', () => {
    expect(viewKiosk(heartbeat({ stopping: true }), after(5))).toMatchObject({
      state: 'offline',
      label: `offline since ${heard} (the kiosk stopped)`,
    });
  });
});

describe('fleetPage', () => {
  it('is plain HTML with every kiosk, escaped, and no script', () => {
    const page = fleetPage(
      [
        viewKiosk(
          heartbeat({ printerDetail: '<b>jam</b>', printerState: 'needs-attention' }),
          after(1),
        ),
      ],
      after(1),
    );
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<td>B03</td><td>online</td><td>0.1.0</td>');
    expect(page).toContain('&#60;b&#62;jam&#60;/b&#62;');
    expect(page).toContain('2.0 GiB');
    expect(page).not.toContain('<b>jam');
    expect(page).not.toMatch(/<script|\bdown\b/i);
    expect(fleetPage([], after(1))).toContain('No kiosk has sent a heartbeat yet.');
  });
});
