// Entry point of `npm run staff -- add|disable|reset-pin|list` (see staffCli.ts).
import { randomBytes } from 'node:crypto';
import { openKioskDatabase } from './cliDatabase.js';
import { createPinReader } from './hiddenInput.js';
import { runStaffCommand } from './staffCli.js';

try {
  const db = openKioskDatabase(process.env);
  try {
    process.exitCode = await runStaffCommand(process.argv.slice(2), {
      db,
      readPin: createPinReader(process.env),
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      now: () => new Date(),
      randomBytes,
    });
  } finally {
    db.close();
  }
} catch (error) {
  process.stderr.write(`staff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
