// How long a resident waits for the centre to give a number before the kiosk issues its own
// (offline, 约): long enough for a slow centre on a busy network, short enough that nobody stands
// at a silent screen. The upload worker's own timeout (upstreamTimeoutMs) applies when shorter.
export const takeNumberTimeoutMs = 4_000;
