// `npm start`: the kiosk in demo mode on this machine. Electron when its binary is present;
// otherwise the same UI in system Chromium against the local host; otherwise the URL to open.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { readHostProcessOptions } from '../host/hostOptions.js';
import { serveKiosk } from '../host/serveKiosk.js';
import { appRoot } from '../services/appPaths.js';
import { kioskWindowFlags, quietChromiumFlags, sandboxFlags } from './chromiumFlags.js';
import { findChromium, findElectronBinary, hasDisplay } from './findExecutables.js';

function runElectron(binary: string, dataDir: string): void {
  const child = spawn(binary, [appRoot], {
    stdio: 'inherit',
    env: { ...process.env, KIOSK_DATA_DIR: dataDir },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}

async function runInChromium(): Promise<void> {
  const options = readHostProcessOptions();
  const served = await serveKiosk(options);
  let browserProcess: ChildProcess | undefined = undefined;
  const stop = () => {
    // The browser goes with the kiosk: a window left over would show a dead page to a resident.
    if (browserProcess && browserProcess.exitCode === null) browserProcess.kill('SIGTERM');
    void served.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

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
    [
      `--app=${served.host.url}`,
      ...kioskWindowFlags,
      `--user-data-dir=${join(options.dataDir, 'chromium-profile')}`,
      ...quietChromiumFlags,
      ...sandboxFlags(process.getuid?.() === 0),
    ],
    { stdio: 'ignore' },
  );
  // Closing the kiosk window ends the kiosk: nothing is left listening behind the operator's back.
  browserProcess.on('exit', stop);
}

const electron = findElectronBinary(appRoot);
if (electron) {
  runElectron(electron, readHostProcessOptions().dataDir);
} else {
  console.log(
    'No Electron binary is installed here (run "npx install-electron" where there is internet); using system Chromium instead.',
  );
  runInChromium().catch((error: unknown) => {
    console.error(
      `The kiosk could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
