// The Electron shell: one locked-down full-screen window over the same services the HTTP host
// runs. Everything Electron-specific is here and in its siblings; the services never import it.
import type { BrowserWindow } from 'electron';
import type { Logger } from '../services/logger.js';
import type { KeyProtector } from '../services/security/kioskKeys.js';
import type { KioskRuntime, KioskRuntimeOptions } from '../services/kioskRuntime.js';
import { startKiosk } from '../services/startKiosk.js';
import { appHomeUrl, registerAppScheme, serveAppProtocol } from './appProtocol.js';
import type { ShellElectron } from './electronDeps.js';
import { registerKioskIpc } from './ipcBridge.js';
import { guardWebContents, kioskWindowOptions, recoverToHome } from './kioskWindow.js';

export interface ShellOptions {
  dataDir: string;
  rendererDir: string;
  preloadPath: string;
  logger: Logger;
  sqliteNativeBinding?: string;
  /** Starts the runtime; startKiosk (which loads the demo module in demo mode only) by default. */
  startRuntime?: (options: Omit<KioskRuntimeOptions, 'demo'>) => Promise<KioskRuntime>;
}

export interface KioskShell {
  /** Resolves once the window is created (or rejects when start-up failed and the app quit). */
  ready: Promise<BrowserWindow | undefined>;
}

/** The kiosk key behind the OS keyring when there is one; Linux without a keyring has none. */
function keyringProtector(safeStorage: ShellElectron['safeStorage']): {
  keyProtector?: KeyProtector;
} {
  if (!safeStorage.isEncryptionAvailable()) return {};
  return {
    keyProtector: {
      protect: (key) => safeStorage.encryptString(key.toString('base64')),
      unprotect: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
    },
  };
}

export function runKioskShell(electron: ShellElectron, options: ShellOptions): KioskShell {
  const { app, logger } = { app: electron.app, logger: options.logger };
  if (!app.requestSingleInstanceLock()) {
    // Another kiosk is already on screen; two would fight over the printer and card reader.
    app.quit();
    return { ready: Promise.resolve(undefined) };
  }
  registerAppScheme(electron.protocol);
  electron.Menu.setApplicationMenu(null);

  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, logger));
  app.on('window-all-closed', () => app.quit());

  const ready = app.whenReady().then(async () => {
    const start = options.startRuntime ?? startKiosk;
    const runtime = await start({
      dataDir: options.dataDir,
      shell: 'electron',
      logger,
      ...keyringProtector(electron.safeStorage),
      ...(options.sqliteNativeBinding ? { sqliteNativeBinding: options.sqliteNativeBinding } : {}),
    });
    let stopped = false;
    app.on('will-quit', (event) => {
      if (stopped) return;
      // Finish printing and close the database cleanly before Electron exits.
      event.preventDefault();
      void runtime.close().finally(() => {
        stopped = true;
        app.quit();
      });
    });

    const session = electron.session.defaultSession;
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.setPermissionCheckHandler(() => false);
    serveAppProtocol(electron.protocol, options.rendererDir);
    registerKioskIpc(
      electron.ipcMain,
      runtime.dispatch,
      () => window?.webContents.id,
      logger,
      runtime.callNames,
    );

    const devTools = runtime.config.devTools && !app.isPackaged;
    window = new electron.BrowserWindow(kioskWindowOptions(options.preloadPath, devTools));
    recoverToHome(window, logger);
    const shown = window;
    shown.once('ready-to-show', () => shown.show());
    electron.powerSaveBlocker.start('prevent-display-sleep');
    void shown.loadURL(appHomeUrl);
    return shown;
  });
  ready.catch((error: unknown) => {
    logger.error('the kiosk could not start', {
      error: error instanceof Error ? error.message : String(error),
    });
    process.exitCode = 1;
    app.quit();
  });
  return { ready };
}
