// `npm run host`: the kiosk's services and the built renderer on 127.0.0.1, for Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/loadConfig.js';
import { rendererDir } from '../services/appPaths.js';
import { readHostProcessOptions } from './hostOptions.js';
import { serveKiosk } from './serveKiosk.js';
import { kioskHealthProbe, startSystemdNotifier } from './systemdNotify.js';

async function main(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new ConfigError(`The renderer is not built (${rendererDir}); run "npm run build" first.`);
  }
  const options = readHostProcessOptions();
  const served = await serveKiosk(options);
  // One line on stdout that scripts and tests read to find the host.
  process.stdout.write(`kiosk host listening on ${served.host.url}\n`);
  // Under systemd (Type=notify): READY=1 once the host answers, then watchdog pings while it does.
  const systemd = startSystemdNotifier({
    probe: kioskHealthProbe({ url: served.host.url, database: served.runtime.db }),
  });
  systemd.start();
  const stop = () => {
    systemd.stop();
    served.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kiosk host could not start: ${message}\n`);
  process.exit(1);
});
