// A packaged kiosk must not be opened up from its command line or environment: Chromium's
// --remote-debugging-port hands the page (and every resident's data on it) to anyone who can
// reach the port, and Electron's fuses do not cover Chromium switches. A packaged build refuses
// to start with such a switch, or with KIOSK_DATA_DIR (its data lives in the user-data dir, so a
// variable cannot point it at another folder); a development run allows them.

/** Switches that open a debugger, turn off a protection or send traffic elsewhere. */
export const refusedSwitches = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'ignore-certificate-errors',
  'load-extension',
  'proxy-server',
  'host-rules',
  'host-resolver-rules',
] as const;

/** Chromium reads --name, -name (and /name on Windows), with or without =value, up to "--". */
function switchName(arg: string): string | undefined {
  const match = /^(?:--?|\/)([a-z0-9-]+)(?:=|$)/i.exec(arg);
  return match?.[1]?.toLowerCase();
}

/** Why a packaged kiosk refuses to start with these arguments; undefined when it may start. */
export function refusedLaunch(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): string | undefined {
  if (!isPackaged) return undefined;
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    const name = switchName(arg);
    if (name && (refusedSwitches as readonly string[]).includes(name))
      return `the packaged kiosk does not run with --${name}`;
  }
  if (env.KIOSK_DATA_DIR !== undefined)
    return 'the packaged kiosk keeps its data in its user-data dir; unset KIOSK_DATA_DIR';
  return undefined;
}
