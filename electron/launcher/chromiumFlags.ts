// Flags for running the kiosk page in system Chromium, shared by `npm start` and the end-to-end
// tests. They stop Chromium reaching for Google's services: a lobby kiosk behind the centre's
// firewall (and these build machines) refuse those connections, and each refusal costs time.
export const quietChromiumFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The lobby screen: full screen, no translate bubble, no pinch zoom, no swipe-back, no crash
 *  dialogs — anything a resident could trip over or get lost in. */
export const kioskWindowFlags = [
  '--kiosk',
  '--start-fullscreen',
  '--window-position=0,0',
  '--noerrdialogs',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--disable-features=Translate,MediaRouter',
];

/** Chromium refuses to run as root with its sandbox on; a kiosk should not run as root at all. */
export function sandboxFlags(isRoot: boolean): string[] {
  return isRoot ? ['--no-sandbox'] : [];
}
