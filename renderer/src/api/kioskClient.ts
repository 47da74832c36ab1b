// The page's only way to reach the kiosk. It knows the contract's types, not its transport:
// inside Electron the preload bridge carries calls over IPC, in Chromium they go to the host.
import type { ApiError, ApiReply } from '../../../contract/index.js';
// The demo calls' names and types (no code): a demo kiosk answers them, a production one does not.
import type {
  DemoKioskCallInput as CallInput,
  DemoKioskCallName as KioskCallName,
  DemoKioskCallOutput as CallOutput,
} from '../../../demo/contract/demoCalls.js';
import { bridgeGlobalName, tokenHeader, tokenMetaName } from '../../../contract/transport.js';

export type CallTransport = (name: KioskCallName, input: unknown) => Promise<ApiReply<unknown>>;

export class KioskApiError extends Error {
  readonly code: ApiError['code'];
  /** Where the input was wrong (e.g. ["attributes", "diet"]), for a hint on screen. */
  readonly path: ApiError['path'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'KioskApiError';
    this.code = error.code;
    this.path = error.path;
  }
}

export interface KioskClient {
  call<N extends KioskCallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
}

export function createKioskClient(transport: CallTransport): KioskClient {
  return {
    async call(name, input) {
      const reply = await transport(name, input);
      if (!reply.ok) throw new KioskApiError(reply.error);
      // The services checked this value against the contract's output schema before sending it.
      return reply.value as CallOutput<typeof name>;
    },
  };
}

type Bridge = Record<KioskCallName, (input: unknown) => Promise<ApiReply<unknown>>>;

function bridgeTransport(bridge: Bridge): CallTransport {
  return (name, input) => bridge[name](input);
}

function httpTransport(token: string): CallTransport {
  return async (name, input) => {
    try {
      const response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [tokenHeader]: token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiReply<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'unavailable', message: 'The kiosk service did not answer.' },
      };
    }
  };
}

/** Picks the transport the page was started with. */
export function connectKioskClient(): KioskClient {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeGlobalName];
  if (bridge) return createKioskClient(bridgeTransport(bridge));
  const token = document.querySelector(`meta[name="${tokenMetaName}"]`)?.getAttribute('content');
  if (!token) throw new Error('This page was not opened by the kiosk (no API token).');
  return createKioskClient(httpTransport(token));
}
