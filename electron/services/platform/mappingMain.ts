// Entry point of `npm run mapping -- show|propose` (see mappingCli.ts). In demo mode the demo
// community is loaded from demo/ (only then), as the kiosk itself does.
import { resolve } from 'node:path';
import { loadConfig } from '../../config/loadConfig.js';
import { appRoot } from '../appPaths.js';
import { loadDemoKit } from '../demoKitLoader.js';
import { runMappingCommand } from './mappingCli.js';

try {
  const dataDir = process.env.KIOSK_DATA_DIR
    ? resolve(process.env.KIOSK_DATA_DIR)
    : resolve(appRoot, '.kiosk-data');
  const demo = loadConfig(dataDir, process.env).demoMode ? await loadDemoKit() : undefined;
  process.exitCode = runMappingCommand(
    process.argv[2],
    dataDir,
    process.env,
    (line) => process.stdout.write(`${line}\n`),
    demo?.community,
  );
} catch (error) {
  process.stderr.write(`mapping: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
