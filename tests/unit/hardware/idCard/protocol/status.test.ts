import { describe, expect, it } from 'vitest';
import {
  interpretStatus,
  isTransientSamError,
} from '../../../../../hardware/idCard/protocol/status.js';

describe('SW3 status', () => {
  it.each([
    [0x90, true, 'success'],
    [0x9f, true, 'card-found'],
    [0x10, false, 'checksum-error'],
    [0x11, false, 'length-error'],
    [0x21, false, 'bad-command'],
    [0x23, false, 'not-permitted'],
    [0x24, false, 'unknown-error'],
    [0x31, false, 'auth-failed'],
    [0x32, false, 'auth-failed'],
    [0x33, false, 'verify-error'],
    [0x40, false, 'unknown-card-type'],
    [0x41, false, 'read-failed'],
    [0x47, false, 'random-number-failed'],
    [0x60, false, 'sam-self-test-failed'],
    [0x66, false, 'sam-not-authorised'],
    [0x80, false, 'no-card'],
    [0x81, false, 'select-failed'],
    [0x91, false, 'no-content'],
    [0xff, false, 'communication-failure'],
    [0x42, false, 'unknown-status'],
  ])('SW3 %i gives ok=%s, %s', (sw3, ok, code) => {
    expect(interpretStatus(sw3)).toEqual({ ok, code, sw3 });
  });

  it('treats only link-garbling statuses as worth a resend', () => {
    expect(isTransientSamError('checksum-error')).toBe(true);
    expect(isTransientSamError('communication-failure')).toBe(true);
    expect(isTransientSamError('no-card')).toBe(false);
    expect(isTransientSamError('auth-failed')).toBe(false);
  });
});
