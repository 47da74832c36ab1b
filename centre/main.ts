// `npm run centre`: the reference centre server on 127.0.0.1. Prints exactly one line on stdout,
// "centre server listening on http://127.0.0.1:PORT/", which scripts and tests wait for; the
// rest (mode, demo key, chaos, token policy) goes to stderr. A separate program: it imports
// nothing of the kiosk, and is given its directory as data (CENTRE_DIRECTORY_FILE).
import { defaultStrictJurisdictions, startCentreServer } from './server/centreServer.js';
import { readCentreEnv } from './options.js';

async function main(): Promise<void> {
  const options = readCentreEnv(process.env, process.cwd(), { requireDirectory: true });
  const server = await startCentreServer(options);
  const note = (line: string) => process.stderr.write(`centre server: ${line}\n`);
  note(`data in ${options.dataDir}`);
  note(
    options.strict
      ? 'STRICT mode: a plain Open311 server (own catalogue, no extensions, no Idempotency-Key)'
      : 'extension mode: Open311 plus the kiosk extensions',
  );
  const jurisdictions =
    options.jurisdictions ?? (options.strict ? defaultStrictJurisdictions : undefined);
  if (jurisdictions !== undefined) {
    note(`jurisdiction_id required: ${jurisdictions.join(', ') || '(none)'}`);
  }
  if (options.usingDemoKey) {
    note(`CENTRE_API_KEY is not set; using the demo api_key "${options.apiKey}"`);
  }
  if (options.directoryFile) note(`directory from ${options.directoryFile}`);
  if (options.surveysFile) note(`surveys from ${options.surveysFile}`);
  note(
    `answers with a token ${Math.round((options.tokenChance ?? 0) * 100)}% of the time, ` +
      `resolved after ${options.tokenDelayMs ?? 0} ms`,
  );
  if (options.chaos) note(`CHAOS ON: ${JSON.stringify(options.chaos)}`);
  process.stdout.write(`centre server listening on ${server.url}\n`);

  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`centre server could not start: ${message}\n`);
  process.exit(1);
});
