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

/** Without a window manager --kiosk does not fill the screen: give Chromium the size itself. */
export function windowGeometryFlags(size: { width: number; height: number } | undefined): string[] {
  return size ? [`--window-size=${size.width},${size.height}`] : [];
}

/** Inside a Wayland compositor (cage on the kiosk), Chromium draws natively instead of through
 *  XWayland, which cage may not even start. */
export function displayServerFlags(env: Record<string, string | undefined>): string[] {
  return env.WAYLAND_DISPLAY ? ['--ozone-platform=wayland'] : [];
}

/** Everything Chromium needs to show the kiosk page full screen, in one place for `npm start`
 *  and the screen unit (deploy/linux). */
export function kioskChromiumArgs(options: {
  url: string;
  profileDir: string;
  isRoot: boolean;
  screenSize: { width: number; height: number } | undefined;
  env: Record<string, string | undefined>;
}): string[] {
  return [
    `--app=${options.url}`,
    ...kioskWindowFlags,
    ...windowGeometryFlags(options.screenSize),
    ...displayServerFlags(options.env),
    `--user-data-dir=${options.profileDir}`,
    ...quietChromiumFlags,
    ...sandboxFlags(options.isRoot),
  ];
}

/** Chromium refuses to run as root with its sandbox on; a kiosk should not run as root at all. */
export function sandboxFlags(isRoot: boolean): string[] {
  return isRoot ? ['--no-sandbox'] : [];
}
