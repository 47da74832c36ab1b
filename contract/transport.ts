// Names shared by the transports, so the preload, main and the HTTP host agree on them.

/** Every IPC channel is this prefix plus a call name; main refuses anything else. */
export const ipcChannelPrefix = 'kiosk:';

/** The HTTP header that carries the per-launch token the host handed to its page. */
export const tokenHeader = 'x-kiosk-token';

/** The meta tag in the served index.html that holds that token. */
export const tokenMetaName = 'kiosk-api-token';

/** The name the preload exposes the API under on window. */
export const bridgeGlobalName = 'kioskBridge';
