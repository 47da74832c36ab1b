// The parts of Electron the shell uses, as one injectable object: main.ts passes the real module,
// tests pass a mock and assert what the shell asked of it.
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  IpcMain,
  Menu,
  PowerSaveBlocker,
  Protocol,
  SafeStorage,
  Session,
} from 'electron';

export interface ShellElectron {
  app: Pick<
    App,
    'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'on' | 'isPackaged' | 'getPath'
  >;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  ipcMain: Pick<IpcMain, 'handle'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: {
    defaultSession: Pick<
      Session,
      | 'setPermissionRequestHandler'
      | 'setPermissionCheckHandler'
      | 'setDevicePermissionHandler'
      | 'setBluetoothPairingHandler'
      | 'on'
    >;
  };
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  Menu: Pick<typeof Menu, 'setApplicationMenu'>;
  safeStorage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
  >;
}
