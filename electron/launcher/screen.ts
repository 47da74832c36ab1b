// The lobby screen on a Linux kiosk PC: deploy/linux's screen unit runs this inside the cage
// compositor. It opens Chromium on the kiosk host that the host unit already runs, and it ends
// (so systemd relaunches the screen, at most 3 times a minute, then shows the hotline page) when
// Chromium ends or when the host restarted: a restarted host has a new per-launch token, and the
// page already open could no longer make a single call — a resident would tap a dead screen.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tokenMetaName } from '../../contract/transport.js';
import { kioskChromiumArgs } from './chromiumFlags.js';
import { findChromium } from './findExecutables.js';
import { detectScreenSize } from './screenSize.js';

/** sysexits' EX_TEMPFAIL: the host went away or restarted; try again. */
export const hostGoneExitCode = 75;

export function pageToken(html: string): string | undefined {
  const match = new RegExp(`<meta name="${tokenMetaName}" content="([A-Za-z0-9_-]+)">`).exec(html);
  return match?.[1];
}

export type HostSeen = 'same' | 'restarted' | 'unreachable';

export function judgeHost(firstToken: string, token: string | undefined): HostSeen {
  if (token === undefined) return 'unreachable';
  return token === firstToken ? 'same' : 'restarted';
}

/** The token of the page the host serves now, or undefined when it does not answer. */
export async function fetchPageToken(
  url: string,
  fetchPage: typeof fetch = fetch,
  timeoutMs = 3000,
): Promise<string | undefined> {
  try {
    const response = await fetchPage(url, { signal: AbortSignal.timeout(timeoutMs) });
    const html = await response.text();
    return response.ok ? pageToken(html) : undefined;
  } catch {
    return undefined;
  }
}

export function hostUrlFromEnv(env: Record<string, string | undefined>): string {
  const port = env.PORT ?? '';
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new Error(
      `PORT has the value "${port}"; the screen needs the kiosk host's fixed port (1 to 65535).`,
    );
  }
  return `http://127.0.0.1:${port}/`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(env: Record<string, string | undefined>): Promise<number> {
  const url = hostUrlFromEnv(env);
  const browser = findChromium(env);
  if (!browser) throw new Error('no Chromium was found (set KIOSK_BROWSER)');
  const screenSize = detectScreenSize(env);
  const profileDir = join(env.STATE_DIRECTORY ?? env.HOME ?? '/tmp', 'chromium-profile');

  let firstToken: string | undefined;
  for (let attempt = 0; attempt < 120 && !firstToken; attempt += 1) {
    firstToken = await fetchPageToken(url);
    if (!firstToken) await pause(500);
  }
  if (!firstToken) {
    console.error(`screen: the kiosk host at ${url} did not answer within a minute`);
    return hostGoneExitCode;
  }
  const isRoot = process.getuid?.() === 0;
  const args = kioskChromiumArgs({ url, profileDir, screenSize, env, isRoot });
  const chromium = spawn(browser, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const chromiumExit = new Promise<number>((resolve) =>
    chromium.once('exit', (code) => resolve(code ?? 1)),
  );
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopping = true;
      chromium.kill('SIGTERM');
    });
  console.log(
    `screen: Chromium shows ${url}${screenSize ? ` at ${screenSize.width}x${screenSize.height}` : ''}`,
  );

  let unanswered = 0;
  for (;;) {
    const outcome = await Promise.race([chromiumExit, pause(5000).then(() => 'check' as const)]);
    if (outcome !== 'check') {
      if (stopping) return 0;
      console.error(`screen: Chromium exited with ${outcome}`);
      return outcome;
    }
    const seen = judgeHost(firstToken, await fetchPageToken(url));
    unanswered = seen === 'unreachable' ? unanswered + 1 : 0;
    if (seen === 'restarted' || unanswered >= 3) {
      console.error(
        `screen: the kiosk host ${seen === 'restarted' ? 'restarted' : 'stopped answering'}; relaunching the screen`,
      );
      chromium.kill('SIGTERM');
      await chromiumExit;
      return hostGoneExitCode;
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`screen: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
