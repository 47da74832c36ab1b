// Main's half of the bridge: one prefixed channel per call the kiosk answers (the production
// contract, plus the demo calls in demo mode only), answered only for the kiosk window's own top
// frame on the kiosk's own origin.
import type { IpcMainInvokeEvent } from 'electron';
import { type ApiReply, ipcChannelPrefix } from '../../contract/index.js';
import type { CallDispatcher } from '../services/dispatch.js';
import type { Logger } from '../services/logger.js';
import { isAppUrl } from './appProtocol.js';
import type { ShellElectron } from './electronDeps.js';

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  kioskWebContentsId: () => number | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (event.sender.id !== kioskWebContentsId()) return false;
  return isAppUrl(frame.url);
}

export function registerKioskIpc(
  ipcMain: ShellElectron['ipcMain'],
  dispatch: CallDispatcher,
  kioskWebContentsId: () => number | undefined,
  logger: Logger,
  callNames: readonly string[],
): void {
  for (const name of callNames) {
    ipcMain.handle(
      `${ipcChannelPrefix}${name}`,
      async (event, input: unknown): Promise<ApiReply<unknown>> => {
        if (!isTrustedSender(event, kioskWebContentsId)) {
          logger.warn('refused an IPC call from an untrusted frame', { call: name });
          return { ok: false, error: { code: 'unauthorized', message: 'Not the kiosk page.' } };
        }
        return dispatch(name, input);
      },
    );
  }
}
