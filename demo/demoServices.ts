// The demo calls' services: the simulated reader and printer are driven and read back from the
// page. Handed the devices by the runtime; with a real device the call says so and does nothing.
import { KioskError } from '../contract/errors.js';
import { isDemoCardId } from '../hardware/idCard/index.js';
import type { CardReaderDevice } from '../electron/services/devices/cardReaderDevice.js';
import { type PrinterDevice, previewReceipts } from '../electron/services/devices/printerDevice.js';
import type { DemoServices } from './contract/demoCalls.js';

export interface DemoDevices {
  cardReader: CardReaderDevice;
  printer: PrinterDevice;
}

export function createDemoServices(devices: DemoDevices): DemoServices {
  return {
    placeDemoCard: ({ cardId }) => {
      const simulator = devices.cardReader.simulator;
      if (!simulator) throw new KioskError('not-allowed', 'demo-only');
      if (cardId === null) {
        simulator.removeCard();
        return { placed: false };
      }
      if (!isDemoCardId(cardId))
        throw new KioskError('invalid-input', 'unknown-demo-card', ['cardId']);
      simulator.placeCard(cardId);
      return { placed: true };
    },
    listDemoReceipts: () => {
      if (!devices.printer.virtualPrinter) throw new KioskError('not-allowed', 'demo-only');
      return { receipts: previewReceipts(devices.printer) };
    },
  };
}
