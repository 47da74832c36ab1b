// Electron's entry point: resolves paths for this install and hands the real Electron module to
// the shell.
import {
  BrowserWindow,
  Menu,
  app,
  ipcMain,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardProcess } from '../host/processGuards.js';
import { appRoot, rendererDir } from '../services/appPaths.js';
import { createLogger } from '../services/logger.js';
import { runKioskShell } from './kioskShell.js';

const here = dirname(fileURLToPath(import.meta.url));

/** better-sqlite3 compiled for Electron's ABI; node_modules keeps the one built for Node. */
function electronSqliteBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(appRoot, '.electron-native', 'better_sqlite3.node')];
  return candidates.find((path) => existsSync(path));
}

const logger = createLogger();
// Without a listener Electron puts a modal "JavaScript error in the main process" dialog over
// the kiosk. Logged and served on instead (why: ../host/processGuards.ts); a loop of them
// relaunches the app, window and all.
guardProcess(process, {
  logger,
  onStorm: () => {
    app.relaunch();
    app.quit();
  },
});

const binding = electronSqliteBinding();
runKioskShell(
  { app, BrowserWindow, ipcMain, protocol, session, powerSaveBlocker, Menu, safeStorage },
  {
    // A packaged kiosk never takes its data dir from the environment (launchGuards.ts).
    dataDir:
      process.env.KIOSK_DATA_DIR && !app.isPackaged
        ? resolve(process.env.KIOSK_DATA_DIR)
        : app.getPath('userData'),
    argv: process.argv,
    env: process.env,
    rendererDir,
    preloadPath: join(here, 'preload.cjs'),
    logger,
    ...(binding ? { sqliteNativeBinding: binding } : {}),
  },
);
