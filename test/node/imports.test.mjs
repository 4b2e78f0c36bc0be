// Every npm entry imports in Node, where there is no DOM (server rendering in
// Next.js, Nuxt, Astro, SvelteKit): no throw, nothing defined, nothing global
// touched beyond what Lit's own server shim provides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const entries = Object.keys(pkg.exports).filter((key) => key.endsWith('.js') || key === '.');
const elements = ['red-flag-list', 'spasm-triage', 'heat-ice-timer', 'stretch-routine', 'spasm-kiosk'];

test('package.json has an entry per element plus the all-in-one entry', () => {
  for (const tag of elements) assert.ok(pkg.exports[`./${tag}.js`], `spasm-widgets/${tag}.js`);
  assert.ok(pkg.exports['.']);
});

for (const key of entries) {
  const specifier = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
  test(`import('${specifier}') without a DOM does nothing harmful`, async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const mod = await import(specifier);
    assert.equal(typeof mod, 'object');
    assert.equal(typeof globalThis.document, 'undefined', 'no fake document left behind');
    assert.equal(globalThis.SpasmWidgets, undefined, 'the npm entries set no global');
    // Lit's server build may add its DOM shims (HTMLElement, customElements
    // stand-ins); we add nothing of our own.
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    assert.deepEqual(added.filter((name) => /spasm/i.test(name)), []);
  });
}

test('the all-in-one entry exports the element classes, the page API and the version', async () => {
  const mod = await import(pkg.name);
  for (const name of ['RedFlagList', 'SpasmTriage', 'HeatIceTimer', 'StretchRoutine', 'SpasmKiosk']) {
    assert.equal(typeof mod[name], 'function', name);
  }
  assert.equal(typeof mod.setLocale, 'function');
  assert.equal(mod.VERSION, pkg.version);
});

test('define() does nothing where there is no customElements at all', async () => {
  const { define } = await import('../../dist/lib/core/define.js');
  const registry = Object.getOwnPropertyDescriptor(globalThis, 'customElements');
  delete globalThis.customElements;
  try {
    assert.doesNotThrow(() => define('spasm-nowhere', class {}));
  } finally {
    if (registry) Object.defineProperty(globalThis, 'customElements', registry);
  }
});

test('each element entry defines its own element; the kiosk entry also the widgets it hosts', () => {
  const TAGS = ['red-flag-list', 'spasm-triage', 'heat-ice-timer', 'stretch-routine', 'spasm-kiosk'];
  for (const tag of TAGS) {
    // A fresh process each: Lit's server registry is global.
    const script = `await import('spasm-widgets/${tag}.js');
      console.log(JSON.stringify(${JSON.stringify(TAGS)}.filter((t) => customElements.get(t))));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const expected = tag === 'spasm-kiosk' ? TAGS : [tag];
    assert.deepEqual(JSON.parse(out).sort(), [...expected].sort(), tag);
  }
});
