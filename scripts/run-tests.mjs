// `npm test`: every gate a commit must pass, then one line "N passed, N failed" over all of them.
// Checks (format, lint, types, build) count as one test each; the test runners count their own
// tests from their JSON reports. The checks run in two lanes side by side (two cores): format,
// lint and the renderer's bundle in one; the type-check and then the Node build, which share
// tsc's build info file and so never run at once, in the other. Each step's output is printed
// whole when it ends, so the two lanes' lines do not interleave. The test runners then run one
// after the other, each with its own two workers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

/** Runs a step with its output held back and printed whole when it ends (for the lanes). */
function runQuietly(label, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    let finished = false;
    const finish = (ok) => {
      if (finished) return;
      finished = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
      resolve(ok);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

function tallyCheck(label, ok) {
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    failures.push(label);
  }
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function countRunner(label, reportPath, ok, count) {
  const report = existsSync(reportPath) ? readJson(reportPath) : undefined;
  const counted = report ? count(report) : undefined;
  if (!counted || counted.passed + counted.failed === 0) {
    // A runner that crashed or ran nothing is a failure, never a silent pass.
    tally.failed += 1;
    failures.push(`${label} (no tests counted)`);
    return;
  }
  tally.passed += counted.passed;
  tally.failed += counted.failed;
  tally.skipped += counted.skipped;
  if (counted.failed > 0 || !ok) failures.push(label);
  if (counted.failed === 0 && !ok) tally.failed += 1;
}

/** A skipped end-to-end test says why, here, not only in its report file. */
function printSkipReasons(reportPath) {
  const report = readJson(reportPath);
  const walk = (suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((t) => t.status === 'skipped')
        .map((t) => {
          const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description;
          return `skipped: ${spec.title}${reason ? ` — ${reason}` : ''}`;
        }),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  for (const line of (report?.suites ?? []).flatMap(walk)) console.log(line);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const checksStarted = Date.now();
const [[formatOk, lintOk, rendererBuilt], [typesOk, nodeBuilt]] = await Promise.all([
  (async () => [
    await runQuietly('format', npx, ['prettier', '--check', '.']),
    await runQuietly('lint', npx, ['eslint', '--max-warnings', '0', '.']),
    await runQuietly('build (renderer)', npm, ['run', '--silent', 'build:renderer']),
  ])(),
  (async () => [
    await runQuietly('types', npm, ['run', '--silent', 'typecheck']),
    await runQuietly('build (node)', npm, ['run', '--silent', 'build:node']),
  ])(),
]);
tallyCheck('format', formatOk);
tallyCheck('lint', lintOk);
tallyCheck('types', typesOk);
const built = tallyCheck('build', rendererBuilt && nodeBuilt);
console.log(`\nchecks, two lanes: ${((Date.now() - checksStarted) / 1000).toFixed(1)} s`);

const vitestReport = `${resultsDir}/vitest-report.json`;
rmSync(vitestReport, { force: true });
const vitestOk = run('unit and integration tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
countRunner('unit and integration tests', vitestReport, vitestOk, (report) => ({
  passed: report.numPassedTests ?? 0,
  failed: report.numFailedTests ?? 0,
  skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
}));

const e2eReport = `${resultsDir}/e2e-report.json`;
rmSync(e2eReport, { force: true });
if (built) {
  const e2eOk = run('end-to-end tests', npx, ['playwright', 'test']);
  printSkipReasons(e2eReport);
  countRunner('end-to-end tests', e2eReport, e2eOk, (report) => ({
    passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
    failed: report.stats?.unexpected ?? 0,
    skipped: report.stats?.skipped ?? 0,
  }));
} else {
  tally.failed += 1;
  failures.push('end-to-end tests (not run: the build failed)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(tally.failed > 0 ? 1 : 0);
