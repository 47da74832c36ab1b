// What the emergency screen says about telling the centre, as a small state machine: sending →
// saved on this kiosk ("queued") → the centre has it ("forwarded"), or the kiosk could not save
// it ("failed") or the centre's platform refused it ("refused"). Every state has words and a
// colour of its own; the last three are final. The screen asks how the request is getting on
// while it is "queued" (useAlertDelivery.ts), less often the longer it waits.

export const alertStates = ['sending', 'failed', 'queued', 'forwarded', 'refused'] as const;
export type AlertState = (typeof alertStates)[number];

/** What the kiosk's services said: the submit call's answer or a later status look-up. */
export type AlertEvent =
  | { type: 'submitted'; upstream: 'queued' | 'forwarded' }
  | { type: 'submit-failed' }
  | { type: 'delivery'; delivery: 'queued' | 'forwarded' | 'refused' };

export function nextAlertState(state: AlertState, event: AlertEvent): AlertState {
  switch (event.type) {
    case 'submitted':
      return state === 'sending' ? event.upstream : state;
    case 'submit-failed':
      return state === 'sending' ? 'failed' : state;
    case 'delivery':
      // Only a request saved here can move on; the centre having it is never taken back.
      return state === 'queued' ? event.delivery : state;
  }
}

/** The colour of the notice: success, attention or error. */
export function alertTone(state: AlertState): 'success' | 'attention' | 'error' {
  if (state === 'forwarded') return 'success';
  if (state === 'failed' || state === 'refused') return 'error';
  return 'attention';
}

/** Whether to ask again how the request is getting on. */
export function awaitsCentre(state: AlertState): boolean {
  return state === 'queued';
}

/** The wait before look-up number `attempt` (0, 1, …): 2 s, 4 s, 8 s, then every 15 s. */
export function nextLookupDelayMs(attempt: number): number {
  return Math.min(2_000 * 2 ** attempt, 15_000);
}
