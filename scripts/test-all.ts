/**
 * `npm test`: every check the project promises, in order, then ONE plain summary line
 * `N passed, N failed` that CI reads (ADR 0005). Exits non-zero on any failure.
 *
 * Counting: each test Vitest reports counts once; typecheck and lint count as one check each;
 * a suite that fails without a failing test (import error, crash) or a run that leaves no
 * report (e.g. the build before e2e failed) counts as one failure, so a broken step can
 * never hide behind "0 failed". Every step runs even after a failure, to report them all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

/** The parts of Vitest's JSON report this script reads. */
interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ name: string; status: string; assertionResults: Array<{ status: string }> }>;
}

const RESULTS_DIR = 'test-results';

function run(label: string, args: string[]): boolean {
  console.log(`\n=== ${label}: npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  if (result.error) console.error(`${label}: could not start npm: ${result.error.message}`);
  return result.status === 0;
}

/** A step without test counts (typecheck, lint): one check, passed or failed. */
function check(label: string, script: string): Tally {
  const ok = run(label, ['run', '-s', script]);
  if (!ok) console.error(`${label} FAILED`);
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Runs a Vitest npm script with a JSON report beside the default output, and counts it. */
function vitest(label: string, script: string): Tally {
  const reportPath = join(RESULTS_DIR, `${script.replace(/\W/g, '-')}.json`);
  rmSync(reportPath, { force: true });
  const ok = run(label, ['run', '-s', script, '--', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`]);
  if (!existsSync(reportPath)) {
    console.error(`${label} FAILED: no test report (the run did not start or crashed)`);
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestJsonReport;
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const suite of brokenSuites) console.error(`${label}: suite failed without a test result: ${suite.name}`);
  let failed = report.numFailedTests + brokenSuites.length;
  if (!ok && failed === 0) {
    console.error(`${label} FAILED: Vitest exited with an error but reported no failing test`);
    failed = 1;
  }
  return { passed: report.numPassedTests, failed };
}

mkdirSync(RESULTS_DIR, { recursive: true });
const tallies = [
  check('typecheck', 'typecheck'),
  check('lint', 'lint'),
  vitest('unit tests', 'test:unit'),
  vitest('browser tests (builds first)', 'test:e2e'),
];
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
