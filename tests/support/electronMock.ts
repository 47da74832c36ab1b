// A stand-in for the parts of Electron the shell uses. It records what the shell asked for, so a
// test can assert every security setting and fire the events a real window would.
import { vi } from 'vitest';
import type { ShellElectron } from '../../electron/shell/electronDeps.js';

type Handler = (...args: unknown[]) => unknown;

class Emitter {
  readonly handlers = new Map<string, Handler[]>();
  on = vi.fn((event: string, handler: Handler) => {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  });
  once = this.on;
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.handlers.get(event) ?? []).map((handler) => handler(...args));
  }
}

export class FakeWebContents extends Emitter {
  constructor(readonly id: number) {
    super();
  }
  windowOpenHandler: Handler | undefined;
  setWindowOpenHandler = vi.fn((handler: Handler) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeWindow extends Emitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents(41 + FakeWindow.created.length);
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  isDestroyed = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.created.push(this);
  }
}

export interface ElectronMock {
  electron: ShellElectron;
  app: Emitter & { quit: ReturnType<typeof vi.fn>; isPackaged: boolean };
  ipcHandlers: Map<string, Handler>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  privilegedSchemes: unknown[];
  permissionRequestHandler: () => Handler | undefined;
  permissionCheckHandler: () => Handler | undefined;
  devicePermissionHandler: () => Handler | undefined;
  bluetoothPairingHandler: () => Handler | undefined;
  /** The default session's events (select-hid-device, will-download…), to fire in tests. */
  session: Emitter;
  powerSaveBlocker: { start: ReturnType<typeof vi.fn> };
  setApplicationMenu: ReturnType<typeof vi.fn>;
}

export function createElectronMock(
  options: {
    singleInstance?: boolean;
    packaged?: boolean;
    keyring?: boolean;
    /** What safeStorage says it encrypts with on Linux; 'basic_text' is no keyring at all. */
    keyringBackend?: ReturnType<ShellElectron['safeStorage']['getSelectedStorageBackend']>;
  } = {},
): ElectronMock {
  FakeWindow.created = [];
  const app = Object.assign(new Emitter(), {
    quit: vi.fn(),
    isPackaged: options.packaged ?? false,
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => '/nonexistent'),
  });
  const ipcHandlers = new Map<string, Handler>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  let permissionRequestHandler: Handler | undefined;
  let permissionCheckHandler: Handler | undefined;
  let devicePermissionHandler: Handler | undefined;
  let bluetoothPairingHandler: Handler | undefined;
  const defaultSession = Object.assign(new Emitter(), {
    setPermissionRequestHandler: vi.fn((handler: Handler) => (permissionRequestHandler = handler)),
    setPermissionCheckHandler: vi.fn((handler: Handler) => (permissionCheckHandler = handler)),
    setDevicePermissionHandler: vi.fn((handler: Handler) => (devicePermissionHandler = handler)),
    setBluetoothPairingHandler: vi.fn((handler: Handler) => (bluetoothPairingHandler = handler)),
  });
  const powerSaveBlocker = { start: vi.fn(() => 1) };
  const setApplicationMenu = vi.fn();
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: Handler) => ipcHandlers.set(channel, handler)),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) =>
        privilegedSchemes.push(...schemes),
      ),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
      ),
    },
    session: { defaultSession },
    powerSaveBlocker,
    Menu: { setApplicationMenu },
    // A stand-in keyring: reversible, and visibly not the plain key.
    safeStorage: {
      isEncryptionAvailable: () => options.keyring ?? false,
      encryptString: (text: string) => Buffer.from(`keyring:${Buffer.from(text).toString('hex')}`),
      decryptString: (sealed: Buffer) =>
        Buffer.from(sealed.toString().replace('keyring:', ''), 'hex').toString(),
      getSelectedStorageBackend: () => options.keyringBackend ?? 'gnome_libsecret',
    },
  } as unknown as ShellElectron;
  return {
    electron,
    app,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    permissionRequestHandler: () => permissionRequestHandler,
    permissionCheckHandler: () => permissionCheckHandler,
    devicePermissionHandler: () => devicePermissionHandler,
    bluetoothPairingHandler: () => bluetoothPairingHandler,
    session: defaultSession,
    powerSaveBlocker,
    setApplicationMenu,
  };
}
