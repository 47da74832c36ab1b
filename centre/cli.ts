// The staff CLI entry: node build/node/centre/cli.js stage … | list | fleet | config set …
import { runCli } from './cliCommands.js';
import { readCentreEnv } from './options.js';

try {
  const { dataDir } = readCentreEnv(process.env);
  process.exitCode = runCli(process.argv.slice(2), {
    dataDir,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date(),
  });
} catch (error) {
  process.stderr.write(`centre cli: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
