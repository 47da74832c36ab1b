// The renderer loads from kiosk://app/ rather than file://, so it has a real origin, a CSP header
// and no reach into the file system.
import { contentSecurityPolicy } from '../host/contentSecurity.js';
import { readStaticFile } from '../host/staticFiles.js';
import type { ShellElectron } from './electronDeps.js';

export const appScheme = 'kiosk';
export const appHost = 'app';
export const appHomeUrl = `${appScheme}://${appHost}/index.html`;

/** A real parser, not a prefix match: "kiosk://app.evil/" or "kiosk://app@evil/" are not ours. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${appScheme}:` &&
      parsed.host === appHost &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Must run before the app is ready. */
export function registerAppScheme(protocol: ShellElectron['protocol']): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(protocol: ShellElectron['protocol'], rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
