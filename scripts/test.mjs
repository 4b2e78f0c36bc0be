// The test step of `npm test`, after the build: the Node tests (every npm
// entry imported without a DOM, the React consumer type-check), then the
// browser tests in Chromium, Firefox and WebKit. Ends with one line counting
// both: `Total: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const tap = 'build/node-tests.tap';
const tally = 'build/browser-tally.json';
rmSync(tap, { force: true });
rmSync(tally, { force: true });

const node = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/node/'],
  { stdio: 'inherit' },
);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0);
const nodeCount = { passed: count('pass'), failed: count('fail') + count('cancelled') };
// A run that crashed before reporting counts as one failure.
if (node.status !== 0 && nodeCount.failed === 0) nodeCount.failed = 1;
console.log(`\nNode: ${nodeCount.passed} passed, ${nodeCount.failed} failed`);

const wtr = spawnSync('npx', ['wtr'], { stdio: 'inherit', env: { ...process.env, SPASM_TALLY_FILE: tally } });
const browserCount = existsSync(tally) ? JSON.parse(readFileSync(tally, 'utf8')) : { passed: 0, failed: 1 };
if (wtr.status !== 0 && browserCount.failed === 0) browserCount.failed = 1;

const passed = nodeCount.passed + browserCount.passed;
const failed = nodeCount.failed + browserCount.failed;
console.log(`\nTotal: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
