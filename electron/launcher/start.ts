// `npm start`: the kiosk in demo mode on this machine. Electron when its binary is present;
// otherwise the same UI in system Chromium against the local host; otherwise the URL to open.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { readHostProcessOptions } from '../host/hostOptions.js';
import { guardProcess } from '../host/processGuards.js';
import { serveKiosk } from '../host/serveKiosk.js';
import { appRoot } from '../services/appPaths.js';
import { createLogger } from '../services/logger.js';
import { kioskChromiumArgs } from './chromiumFlags.js';
import { type DemoCentre, startDemoCentre } from './demoCentre.js';
import { findChromium, findElectronBinary, hasDisplay } from './findExecutables.js';
import { detectScreenSize } from './screenSize.js';

function runElectron(binary: string, dataDir: string): void {
  const child = spawn(binary, [appRoot], {
    stdio: 'inherit',
    env: { ...process.env, KIOSK_DATA_DIR: dataDir },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
  // Ctrl+C closes the kiosk window first; its exit then ends this process (and the demo centre).
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => child.kill('SIGTERM'));
}

async function runInChromium(): Promise<void> {
  const options = readHostProcessOptions();
  // Read before the host starts, so a bad KIOSK_SCREEN_SIZE stops start-up with its message.
  const screenSize = detectScreenSize();
  const logger = createLogger();
  const served = await serveKiosk({ ...options, logger });
  let browserProcess: ChildProcess | undefined = undefined;
  const closeBrowser = () => {
    // The browser goes with the kiosk: a window left over would show a dead page to a resident.
    if (browserProcess && browserProcess.exitCode === null) browserProcess.kill('SIGTERM');
  };
  let stopping = false;
  const stop = (code = 0) => {
    // The browser's own exit follows a stop: stop once.
    if (stopping) return;
    stopping = true;
    closeBrowser();
    void served.stop().then(
      () => process.exit(code),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop());
  process.once('SIGTERM', () => stop());
  // However this process ends, the window does not outlive it.
  process.once('exit', closeBrowser);
  // The host runs in this process: uncaught errors are logged and it keeps serving (why:
  // processGuards.ts); only a loop of them stops the kiosk, window and all.
  guardProcess(process, { logger, onStorm: () => stop(70) });

  const browser = findChromium();
  if (!browser || !hasDisplay()) {
    const why = browser ? 'there is no display here' : 'no Chromium was found (set KIOSK_BROWSER)';
    console.log(
      `The kiosk is running at ${served.host.url} — open it in a browser (${why}). Ctrl+C stops it.`,
    );
    return;
  }
  console.log(`Opening ${served.host.url} in ${browser}.`);
  browserProcess = spawn(
    browser,
    kioskChromiumArgs({
      url: served.host.url,
      profileDir: join(options.dataDir, 'chromium-profile'),
      isRoot: process.getuid?.() === 0,
      screenSize,
      env: process.env,
    }),
    { stdio: 'ignore' },
  );
  // Closing the kiosk window ends the kiosk: nothing is left listening behind the operator's back.
  browserProcess.on('exit', () => stop());
}

/** Not a secret: only the demo's own centre, beside it, ever sees its ballots. */
const demoVoterKey = 'demo-kiosk-voter-key-not-for-production-use';

/** Demo mode without a configured centre: start the reference centre server beside the kiosk. */
async function withDemoCentre(dataDir: string): Promise<DemoCentre | undefined> {
  const config = loadConfig(dataDir);
  if (!config.demoMode || config.upstreamUrl !== '') return undefined;
  const centre = await startDemoCentre(dataDir);
  process.env.KIOSK_UPSTREAM_URL = centre.url;
  process.env.KIOSK_UPSTREAM_API_KEY = centre.apiKey;
  // The demo kiosk's own voter key (a real centre's kiosks share one, provisioned with them).
  process.env.KIOSK_VOTER_KEY ??= demoVoterKey;
  process.once('exit', () => centre.stop());
  console.log(`Demo centre server running at ${centre.url}`);
  return centre;
}

async function main(): Promise<void> {
  const { dataDir } = readHostProcessOptions();
  await withDemoCentre(dataDir);
  const electron = findElectronBinary(appRoot);
  if (electron) return runElectron(electron, dataDir);
  console.log(
    'No Electron binary is installed here (run "npx install-electron" where there is internet); using system Chromium instead.',
  );
  await runInChromium();
}

main().catch((error: unknown) => {
  console.error(
    `The kiosk could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
