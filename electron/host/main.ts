// `npm run host`: the kiosk's services and the built renderer on 127.0.0.1, for Chromium.
// An error nothing caught is logged and the host keeps serving (why: processGuards.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/loadConfig.js';
import { rendererDir } from '../services/appPaths.js';
import { createLogger } from '../services/logger.js';
import { readHostProcessOptions } from './hostOptions.js';
import { guardProcess } from './processGuards.js';
import { type ServedKiosk, serveKiosk } from './serveKiosk.js';
import { type SystemdNotifier, kioskHealthProbe, startSystemdNotifier } from './systemdNotify.js';

let served: ServedKiosk | undefined;
let systemd: SystemdNotifier | undefined;
let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  systemd?.stop();
  if (!served) process.exit(code);
  served.stop().then(
    () => process.exit(code),
    () => process.exit(1),
  );
};

async function main(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new ConfigError(`The renderer is not built (${rendererDir}); run "npm run build" first.`);
  }
  const options = readHostProcessOptions();
  const logger = createLogger();
  guardProcess(process, { logger, onStorm: () => stop(70) });
  served = await serveKiosk({ ...options, logger });
  // One line on stdout that scripts and tests read to find the host.
  process.stdout.write(`kiosk host listening on ${served.host.url}\n`);
  // Under systemd (Type=notify): READY=1 once the host answers, then watchdog pings while it does.
  systemd = startSystemdNotifier({
    probe: kioskHealthProbe({ url: served.host.url, database: served.runtime.db }),
  });
  systemd.start();
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kiosk host could not start: ${message}\n`);
  process.exit(1);
});
