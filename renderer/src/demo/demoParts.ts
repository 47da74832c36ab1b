// The page's demo module: what only a demo kiosk shows or accepts (the demo card picker, the
// idle-timing test hooks). main.tsx loads it with a dynamic import when getKioskInfo says demo
// mode, so Vite puts it in a chunk of its own (assets/demoParts-*.js) that a production kiosk
// never fetches and the packaged app does not ship.
import { DemoCardPicker } from './DemoCardPicker.js';
import { readIdleTimings } from './testHooks.js';

export const demoParts = { DemoCardPicker, readIdleTimings };
export type DemoParts = typeof demoParts;
