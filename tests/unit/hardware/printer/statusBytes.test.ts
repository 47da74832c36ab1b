import { describe, expect, it } from 'vitest';
import {
  assessStatus,
  statusFromReplies,
  summarizeStatus,
  unansweredStatus,
} from '../../../../hardware/printer/status/printerStatus.js';
import {
  StatusByteError,
  decodeErrorCause,
  decodeOfflineCause,
  decodePaperSensor,
  decodePrinterStatus,
  hasStatusShape,
} from '../../../../hardware/printer/status/statusBytes.js';
import { seededRandom, randomInt } from '../../../support/seededRandom.js';

// 0xx1xx10 with every variable bit clear.
const idle = 0x12;

describe('DLE EOT reply bytes, bit by bit (HARDWARE.md)', () => {
  it('n=1: bit 3 is offline', () => {
    expect(decodePrinterStatus(idle)).toEqual({
      drawerPin3High: false,
      offline: false,
      waitingForOnlineRecovery: false,
      feedButtonPressed: false,
    });
    expect(decodePrinterStatus(idle | 0x08).offline).toBe(true);
    expect(decodePrinterStatus(idle | 0x04).drawerPin3High).toBe(true);
    expect(decodePrinterStatus(idle | 0x20).waitingForOnlineRecovery).toBe(true);
    expect(decodePrinterStatus(idle | 0x40).feedButtonPressed).toBe(true);
  });

  it('n=2: bit 2 cover open, bit 5 stopped by paper end, bit 6 error', () => {
    expect(decodeOfflineCause(idle)).toEqual({
      coverOpen: false,
      feedingByButton: false,
      stoppedByPaperEnd: false,
      errorOccurred: false,
    });
    expect(decodeOfflineCause(idle | 0x04).coverOpen).toBe(true);
    expect(decodeOfflineCause(idle | 0x08).feedingByButton).toBe(true);
    expect(decodeOfflineCause(idle | 0x20).stoppedByPaperEnd).toBe(true);
    expect(decodeOfflineCause(idle | 0x40).errorOccurred).toBe(true);
  });

  it('n=3: bit 3 cutter error, bit 5 unrecoverable, bit 6 auto-recoverable', () => {
    expect(decodeErrorCause(idle)).toEqual({
      recoverableError: false,
      cutterError: false,
      unrecoverableError: false,
      autoRecoverableError: false,
    });
    expect(decodeErrorCause(idle | 0x04).recoverableError).toBe(true);
    expect(decodeErrorCause(idle | 0x08).cutterError).toBe(true);
    expect(decodeErrorCause(idle | 0x20).unrecoverableError).toBe(true);
    expect(decodeErrorCause(idle | 0x40).autoRecoverableError).toBe(true);
  });

  it('n=4: bits 2–3 (0x0C) paper near end, bits 5–6 (0x60) paper out', () => {
    expect(decodePaperSensor(0x12)).toEqual({ paperNearEnd: false, paperOut: false });
    expect(decodePaperSensor(0x1e)).toEqual({ paperNearEnd: true, paperOut: false });
    expect(decodePaperSensor(0x72)).toEqual({ paperNearEnd: false, paperOut: true });
    expect(decodePaperSensor(0x7e)).toEqual({ paperNearEnd: true, paperOut: true });
    // One bit of a pair is enough: warn early, refuse rather than print onto nothing.
    expect(decodePaperSensor(0x16).paperNearEnd).toBe(true);
    expect(decodePaperSensor(0x32).paperOut).toBe(true);
  });

  it('rejects a byte whose fixed bits (7, 4, 1, 0) are wrong', () => {
    for (const bad of [0x00, 0x02, 0x10, 0x13, 0x92, 0x1a & ~0x02, 0xff, 0x100, -1]) {
      expect(() => decodePrinterStatus(bad)).toThrow(StatusByteError);
    }
    expect(() => decodePaperSensor(0x93)).toThrow(/0x93 is not a DLE EOT 4 reply/u);
  });
});

describe('status from the four replies', () => {
  it('is ready when all is clear', () => {
    const status = statusFromReplies([0x12, 0x12, 0x12, 0x12]);
    expect(status).toMatchObject({ source: 'printer', online: true, paperOut: false });
    expect(assessStatus(status)).toEqual({ ready: true, warnings: [] });
    expect(summarizeStatus(status)).toEqual({ state: 'ready' });
  });

  it('prints but warns on paper near end', () => {
    const status = statusFromReplies([0x12, 0x12, 0x12, 0x1e]);
    expect(assessStatus(status)).toEqual({ ready: true, warnings: ['paper-near-end'] });
    expect(summarizeStatus(status).state).toBe('needs-attention');
  });

  it.each([
    [[0x1a, 0x16, 0x12, 0x12], 'cover-open'],
    [[0x1a, 0x32, 0x12, 0x72], 'paper-out'],
    [[0x12, 0x12, 0x12, 0x72], 'paper-out'],
    [[0x1a, 0x52, 0x1a, 0x12], 'cutter-error'],
    [[0x1a, 0x52, 0x32, 0x12], 'printer-error'],
    [[0x1a, 0x52, 0x52, 0x12], 'printer-error'],
    [[0x1a, 0x12, 0x12, 0x12], 'offline'],
  ] as const)('refuses %j as %s', (replies, reason) => {
    expect(assessStatus(statusFromReplies(replies)).refusal).toBe(reason);
  });

  it('treats a printer that does not answer as offline, and an unqueried one as printable', () => {
    expect(assessStatus(unansweredStatus('no-reply', 'timeout'))).toMatchObject({
      ready: false,
      refusal: 'offline',
    });
    expect(summarizeStatus(unansweredStatus('no-reply', 'timeout')).state).toBe('disconnected');
    expect(assessStatus(unansweredStatus('not-queried', 'fifo'))).toEqual({
      ready: true,
      warnings: ['status-unknown'],
    });
  });
});

describe('status fuzz (seeded)', () => {
  it('accepts exactly the 0xx1xx10 bytes and decodes each variable bit independently', () => {
    const random = seededRandom(0x5eed);
    for (let round = 0; round < 4_000; round += 1) {
      const byte = randomInt(random, 256);
      const shaped = (byte & 0x93) === 0x12;
      expect(hasStatusShape(byte)).toBe(shaped);
      if (!shaped) {
        expect(() => decodePrinterStatus(byte)).toThrow(StatusByteError);
        expect(() => decodeOfflineCause(byte)).toThrow(StatusByteError);
        expect(() => decodeErrorCause(byte)).toThrow(StatusByteError);
        expect(() => decodePaperSensor(byte)).toThrow(StatusByteError);
        continue;
      }
      expect(decodePrinterStatus(byte).offline).toBe((byte & 0x08) !== 0);
      expect(decodeOfflineCause(byte).coverOpen).toBe((byte & 0x04) !== 0);
      expect(decodeOfflineCause(byte).stoppedByPaperEnd).toBe((byte & 0x20) !== 0);
      expect(decodeErrorCause(byte).cutterError).toBe((byte & 0x08) !== 0);
      expect(decodePaperSensor(byte).paperOut).toBe((byte & 0x60) !== 0);
    }
  });

  it('never crashes on random reply sets: a result or a StatusByteError', () => {
    const random = seededRandom(42);
    let accepted = 0;
    for (let round = 0; round < 5_000; round += 1) {
      const replies = [0, 1, 2, 3].map(() =>
        random() < 0.8 ? 0x12 | (randomInt(random, 256) & 0x6c) : randomInt(random, 256),
      );
      try {
        const status = statusFromReplies(replies);
        accepted += 1;
        const readiness = assessStatus(status);
        expect(readiness.ready).toBe(readiness.refusal === undefined);
        if (status.paperOut || status.coverOpen || !status.online)
          expect(readiness.ready).toBe(false);
      } catch (error) {
        expect(error).toBeInstanceOf(StatusByteError);
      }
    }
    expect(accepted).toBeGreaterThan(1_000);
  });
});
