// The kiosk window and the guards on what its page may do. Each setting is an item of Electron's
// security checklist; the unit tests assert every one.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import type { Logger } from '../services/logger.js';
import { appHomeUrl, isAppUrl } from './appProtocol.js';

export function kioskWindowOptions(
  preloadPath: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
    },
  };
}

/** Keeps the page on the kiosk's own origin, with no pop-ups, no webviews and no way out. */
export function guardWebContents(contents: WebContents, logger: Logger): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      logger.warn('blocked navigation away from the kiosk', { scheme: url.split(':')[0] });
    }
  };
  contents.on('will-navigate', (event, url) => refuseNavigation(event, url));
  // Sub-frames too: will-navigate fires for the main frame only.
  contents.on('will-frame-navigate', (details) => refuseNavigation(details, details.url));
  contents.on('will-redirect', (event, url) => refuseNavigation(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** A crashed or hung page goes back to the home screen instead of leaving a blank kiosk. */
export function recoverToHome(window: BrowserWindow, logger: Logger): void {
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.error('the kiosk page crashed; reloading the home screen', { reason: details.reason });
    if (!window.isDestroyed()) void window.loadURL(appHomeUrl);
  });
  window.on('unresponsive', () => {
    logger.error('the kiosk page stopped responding; reloading the home screen');
    if (!window.isDestroyed()) void window.loadURL(appHomeUrl);
  });
}
