// What the demo module (demo/demoKit.ts) hands a kiosk in demo mode, as types only: the runtime
// is written against this shape and never imports demo/ itself, so a production kiosk's module
// graph holds no demo data and no demo call.
import type { z } from 'zod';
import type { CommunityData } from '../../contract/index.js';
import type { CardReaderDevice } from './devices/cardReaderDevice.js';
import type { PrinterDevice } from './devices/printerDevice.js';

export type CallTable = Record<string, { input: z.ZodType; output: z.ZodType }>;
export type CallHandlers = Record<string, (input: never) => unknown>;

export interface DemoKit {
  /** The invented demo community, seeded into a fresh demo kiosk's database. */
  community: CommunityData;
  /** The demo-only calls' contract, added to the production one. */
  calls: CallTable;
  /** Their services, given the (simulated) devices. */
  createServices(devices: { cardReader: CardReaderDevice; printer: PrinterDevice }): CallHandlers;
}
