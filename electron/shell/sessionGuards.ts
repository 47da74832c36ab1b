// What the kiosk page may ask of the machine: nothing. The ID card reader and the printer are
// driven by main, never by the page, so every permission, every WebHID / Web Serial / WebUSB /
// Bluetooth device picker and every download is refused. Items of Electron's security checklist
// (permission handlers, device handlers); kioskShell.test.ts and launchGuards.test.ts assert each.
import type { Logger } from '../services/logger.js';
import type { ShellElectron } from './electronDeps.js';

export function guardSession(
  session: ShellElectron['session']['defaultSession'],
  logger: Logger,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // navigator.hid / serial / usb: no device is ever granted, and no picker is ever answered.
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    logger.warn('refused a HID device request from the page');
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    logger.warn('refused a serial port request from the page');
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    logger.warn('refused a USB device request from the page');
    callback();
  });
  // Windows and Linux only, per Electron's API: absent on macOS.
  if (typeof session.setBluetoothPairingHandler === 'function')
    session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  session.on('will-download', (event) => {
    event.preventDefault();
    logger.warn('refused a download from the page');
  });
}
