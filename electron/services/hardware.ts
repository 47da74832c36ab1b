// The kiosk's devices as configured. The ID card reader and printer drivers are being built
// (issues 5 and 6); until they are wired in here the kiosk reports them as not installed rather
// than pretending a device is ready.
import type { KioskConfig } from '../config/configSchema.js';
import type { HardwareStatusSource } from './kioskServices.js';

export function createHardware(_config: KioskConfig): HardwareStatusSource {
  return {
    cardReader: () => ({ driver: 'none', state: 'not-installed', detail: 'no driver yet' }),
    printer: () => ({ driver: 'none', state: 'not-installed', detail: 'no driver yet' }),
  };
}
