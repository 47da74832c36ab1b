/** What the emergency screen says about telling the centre. */
export const alertStates = ['sending', 'failed', 'forwarded', 'queued'] as const;
export type AlertState = (typeof alertStates)[number];
