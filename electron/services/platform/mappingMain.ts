// Entry point of `npm run mapping -- show|propose` (see mappingCli.ts).
import { resolve } from 'node:path';
import { appRoot } from '../appPaths.js';
import { runMappingCommand } from './mappingCli.js';

try {
  const dataDir = process.env.KIOSK_DATA_DIR
    ? resolve(process.env.KIOSK_DATA_DIR)
    : resolve(appRoot, '.kiosk-data');
  process.exitCode = runMappingCommand(process.argv[2], dataDir, process.env, (line) =>
    process.stdout.write(`${line}\n`),
  );
} catch (error) {
  process.stderr.write(`mapping: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
