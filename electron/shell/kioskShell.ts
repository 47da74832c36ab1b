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
import { refusedLaunch } from './launchGuards.js';
import { guardSession } from './sessionGuards.js';
import { guardWebContents, kioskWindowOptions, recoverToHome } from './kioskWindow.js';

export interface ShellOptions {
  dataDir: string;
  rendererDir: string;
  preloadPath: string;
  logger: Logger;
  sqliteNativeBinding?: string;
  /** Starts the runtime; startKiosk (which loads the demo module in demo mode only) by default. */
  startRuntime?: (options: Omit<KioskRuntimeOptions, 'demo'>) => Promise<KioskRuntime>;
  /** The process's arguments and environment, judged before anything starts (launchGuards). */
  argv?: readonly string[];
  env?: Record<string, string | undefined>;
}

export interface KioskShell {
  /** Resolves once the window is created (or rejects when start-up failed and the app quit). */
  ready: Promise<BrowserWindow | undefined>;
}

/**
 * The kiosk key behind the OS keyring when there is a real one. On Linux without a secret
 * store (no GNOME keyring, no KWallet) Electron still says encryption is available, with the
 * 'basic_text' backend: a password written into Chromium's source. That protects nothing, so
 * the key goes to the 0600 file instead and the log says so; a key an earlier start put behind
 * it is moved to the file.
 */
export function keyStorage(
  safeStorage: ShellElectron['safeStorage'],
  logger: Logger,
  platform: NodeJS.Platform = process.platform,
): Pick<KioskRuntimeOptions, 'keyProtector' | 'retiredKeyProtector'> {
  const protector: KeyProtector = {
    protect: (key) => safeStorage.encryptString(key.toString('base64')),
    unprotect: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
  if (!safeStorage.isEncryptionAvailable()) {
    logger.warn('no OS keyring: the kiosk key is kept in a file only the kiosk user can read');
    return {};
  }
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  if (backend === 'basic_text') {
    logger.warn(
      'no secret store on this Linux session (safeStorage would use a hard-coded password): ' +
        'the kiosk key is kept in a file only the kiosk user can read (0600), not in a keyring',
      { backend },
    );
    return { retiredKeyProtector: protector };
  }
  logger.info('the kiosk key is kept behind the OS keyring', backend ? { backend } : {});
  return { keyProtector: protector };
}

export function runKioskShell(electron: ShellElectron, options: ShellOptions): KioskShell {
  const { app, logger } = { app: electron.app, logger: options.logger };
  const refused = refusedLaunch(options.argv ?? [], options.env ?? {}, app.isPackaged);
  if (refused) {
    logger.error('the kiosk refuses to start', { reason: refused });
    process.exitCode = 1;
    app.quit();
    return { ready: Promise.resolve(undefined) };
  }
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
      ...keyStorage(electron.safeStorage, logger),
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

    guardSession(electron.session.defaultSession, logger);
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
