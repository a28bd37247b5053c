// `npm test`: every check CI relies on, in order, stopping at the first failure, and one
// closing line "N passed, N failed" counted from the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.wtr-results.json';

const steps = [
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['translations', 'npm', ['run', '--silent', 'i18n:check']],
  ['browsers and SSH tools', 'bash', ['scripts/ensure-tools.sh']],
  ['browser tests', 'npx', ['wtr']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budget', 'node', ['scripts/check-size.mjs']],
  ['custom-elements manifest', 'node', ['scripts/check-manifest.mjs']],
];

function readCounts() {
  if (!existsSync(RESULTS)) return undefined;
  return JSON.parse(readFileSync(RESULTS, 'utf8'));
}

function finish(code) {
  const counts = readCounts();
  const passed = counts?.passed ?? 0;
  const counted = (counts?.failed ?? 0) + (counts?.sessionErrors ?? 0);
  // A step that failed before or outside the browser tests still counts as one failure.
  const failed = code === 0 ? counted : Math.max(1, counted);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

rmSync(RESULTS, { force: true });
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (result.status !== 0) {
    console.error(`✗ ${name} failed`);
    finish(result.status || 1);
  }
}
finish(0);
