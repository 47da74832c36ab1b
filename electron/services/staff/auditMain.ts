// Entry point of `npm run audit -- verify|show [--last N]` (see auditCli.ts).
import { runAuditCommand } from './auditCli.js';
import { openKioskDatabase } from './cliDatabase.js';

try {
  const db = openKioskDatabase(process.env);
  try {
    process.exitCode = runAuditCommand(
      process.argv.slice(2),
      db,
      (line) => process.stdout.write(`${line}\n`),
      (line) => process.stderr.write(`${line}\n`),
    );
  } finally {
    db.close();
  }
} catch (error) {
  process.stderr.write(`audit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
