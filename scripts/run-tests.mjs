// `npm test`: every gate a commit must pass, in order, then one line "N passed, N failed" over
// all of them. Checks (format, lint, types, build) count as one test each; the test runners
// count their own tests from their JSON reports.
import { spawnSync } from 'node:child_process';
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

function check(label, command, args) {
  const ok = run(label, command, args);
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

check('format', npx, ['prettier', '--check', '.']);
check('lint', npx, ['eslint', '--max-warnings', '0', '.']);
check('types', npm, ['run', '--silent', 'typecheck']);
const built = check('build', npm, ['run', '--silent', 'build']);

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
