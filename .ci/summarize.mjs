// Sums vitest JSON reports into the closing line "N passed, N failed". A suite whose report is
// missing (it crashed before writing one) and each failed non-test step count as failures, so a
// broken run can never print "0 failed". Exits non-zero when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const [failedStepsArg, ...reports] = process.argv.slice(2);
let passed = 0;
let failed = Number(failedStepsArg ?? 0);
for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`${file}: no report was written`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load has no failed test of its own: count the file once.
  for (const suite of report.testResults ?? []) {
    const anyTestFailed = (suite.assertionResults ?? []).some((test) => test.status === 'failed');
    if (suite.status === 'failed' && !anyTestFailed) {
      console.log(`${suite.name}: ${String(suite.message ?? 'failed to run').split('\n')[0]}`);
      failed += 1;
    }
  }
  if ((report.numTotalTests ?? 0) === 0) {
    console.log(`${file}: the suite ran no test`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
