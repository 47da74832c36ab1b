// The emergency screen's states: from sending to saved here, to the centre has it or refused;
// a final state never moves back, and look-ups slow down while the centre has not answered.
import { describe, expect, it } from 'vitest';
import {
  type AlertState,
  alertStates,
  alertTone,
  awaitsCentre,
  nextAlertState,
  nextLookupDelayMs,
} from '../../../renderer/src/emergency/alertStates.js';

describe('emergency alert states', () => {
  it('follow the submit answer, then the centre', () => {
    let state: AlertState = 'sending';
    state = nextAlertState(state, { type: 'submitted', upstream: 'queued' });
    expect(state).toBe('queued');
    expect(awaitsCentre(state)).toBe(true);
    state = nextAlertState(state, { type: 'delivery', delivery: 'queued' });
    expect(state).toBe('queued');
    state = nextAlertState(state, { type: 'delivery', delivery: 'forwarded' });
    expect(state).toBe('forwarded');
    expect(awaitsCentre(state)).toBe(false);
  });

  it('go straight to "the centre has it" when the submit already forwarded it', () => {
    expect(nextAlertState('sending', { type: 'submitted', upstream: 'forwarded' })).toBe(
      'forwarded',
    );
  });

  it('say so when the kiosk could not save it or the centre refused it', () => {
    expect(nextAlertState('sending', { type: 'submit-failed' })).toBe('failed');
    expect(nextAlertState('queued', { type: 'delivery', delivery: 'refused' })).toBe('refused');
  });

  it('never take back a final state, nor move before the submit answered', () => {
    for (const final of ['forwarded', 'failed', 'refused'] as const) {
      expect(nextAlertState(final, { type: 'delivery', delivery: 'queued' })).toBe(final);
      expect(nextAlertState(final, { type: 'submitted', upstream: 'queued' })).toBe(final);
      expect(nextAlertState(final, { type: 'submit-failed' })).toBe(final);
    }
    expect(nextAlertState('sending', { type: 'delivery', delivery: 'forwarded' })).toBe('sending');
  });

  it('give every state its own colour class, success only when the centre has it', () => {
    expect(alertStates.map(alertTone)).toEqual([
      'attention',
      'error',
      'attention',
      'success',
      'error',
    ]);
  });

  it('ask again after 2, 4, 8 s and then every 15 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(nextLookupDelayMs)).toEqual([
      2_000, 4_000, 8_000, 15_000, 15_000, 15_000,
    ]);
  });
});
