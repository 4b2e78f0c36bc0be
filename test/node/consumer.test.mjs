// A React 19 + TypeScript app built against the packed package (what npm
// would install), type-checked with tsc: the generated JSX types must accept
// the documented usage and reject a wrong one. No network: the tarball is
// unpacked by hand, and react's types, lit and typescript come from this
// repository's own node_modules (devDependencies).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const app = join(root, 'build/consumer');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

before(() => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, 'node_modules/spasm-widgets'), { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: root, encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(app, packed[0].filename), '--strip-components=1', '-C', join(app, 'node_modules/spasm-widgets')]);
  // Its own package.json, so 'spasm-widgets' resolves to the unpacked copy, not to this repository.
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'clinic-app', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        lib: ['es2022', 'dom'],
      },
      include: ['*.tsx'],
    }),
  );
});

function typeCheck(code) {
  writeFileSync(join(app, 'app.tsx'), code);
  const run = spawnSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

const APP = `import type {} from 'spasm-widgets/react';
import 'spasm-widgets/spasm-triage.js';
import type { Disposition, Clock, TriageResultDetail } from 'spasm-widgets';

export function Triage({ onOutcome }: { onOutcome: (d: Disposition) => void }) {
  return <spasm-triage emergency-number="112" onspasm-triage-result={(e) => onOutcome(e.detail.disposition)} />;
}

export const Flags = () => <red-flag-list mode="checklist" onspasm-red-flag-change={(e) => e.detail.checked.join()} />;

const clock: Clock = { now: () => Date.now() };
document.querySelector('spasm-triage')!.addEventListener('spasm-triage-result', (e) => {
  const detail: TriageResultDetail = e.detail;
  console.log(detail.reasons, clock.now());
});
`;

test('a React 19 + TypeScript app type-checks against the packed package', () => {
  const { ok, output } = typeCheck(APP);
  assert.ok(ok, output);
});

test('the types are real: a wrong detail field fails tsc', () => {
  const { ok, output } = typeCheck(APP.replace('e.detail.disposition', 'e.detail.nope'));
  assert.equal(ok, false);
  assert.match(output, /nope/);
});

test('the types are real: an unknown element fails tsc', () => {
  const { ok } = typeCheck(APP.replace('<red-flag-list mode', '<red-flag-lis mode'));
  assert.equal(ok, false);
});
