// How long the kiosk waits before it asks "are you still there?" and how long it then counts
// down. The kiosk uses these defaults; only a demo kiosk lets tests shorten them
// (renderer/src/demo/testHooks.ts).

export interface IdleTimings {
  idleMs: number;
  warnMs: number;
}

export const defaultIdleTimings: IdleTimings = { idleMs: 60_000, warnMs: 30_000 };
