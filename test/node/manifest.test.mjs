// custom-elements.json describes what ships: real tags, files in the package,
// typed events, every theme token on every element; and the generated
// framework and editor files cover every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const TAGS = ['heat-ice-timer', 'red-flag-list', 'spasm-kiosk', 'spasm-triage', 'stretch-routine'];
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
const tokens = [...new Set([...read('src/core/theme.ts').matchAll(/var\((--spasm-[a-z-]+)/g)].map((m) => m[1]))];

test('defines exactly the five real tags', () => {
  assert.deepEqual(definitions.map((d) => d.name).sort(), TAGS);
  assert.deepEqual(elements.map((e) => e.tagName).filter(Boolean).sort(), TAGS);
});

test('every module path is a file the package ships', () => {
  const paths = new Set([...manifest.modules.map((m) => m.path), ...definitions.map((d) => d.declaration.module)]);
  for (const path of paths) {
    assert.match(path, /^dist\/lib\/.*\.js$/, path);
    assert.ok(existsSync(new URL(`../../${path}`, import.meta.url)), `${path} is built`);
    assert.ok(pkg.files.some((f) => path.startsWith(f)), `${path} is in package.json files`);
  }
});

test('every event has a typed detail', () => {
  for (const el of elements.filter((e) => e.tagName)) {
    assert.ok(el.events?.length, `<${el.tagName}> documents its events`);
    for (const event of el.events) assert.match(event.type?.text ?? '', /^[A-Z]\w+Detail$/, `${el.tagName} ${event.name}`);
  }
});

test('every element lists every theme token with its default', () => {
  assert.ok(tokens.length >= 10);
  for (const el of elements.filter((e) => e.tagName)) {
    const names = el.cssProperties.map((p) => p.name);
    for (const token of tokens) assert.ok(names.includes(token), `<${el.tagName}> lists ${token}`);
    for (const p of el.cssProperties) assert.ok(p.default, `<${el.tagName}> ${p.name} has a default`);
  }
});

test('the generated React/JSX, Vue, VS Code and JetBrains files name every element', () => {
  const files = ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/editor/vscode.html-custom-data.json', 'dist/editor/web-types.json'];
  for (const file of files) {
    const text = read(file);
    for (const tag of TAGS) assert.ok(text.includes(`"${tag}"`), `${file} has ${tag}`);
  }
  const css = JSON.parse(read('dist/editor/vscode.css-custom-data.json'));
  for (const token of tokens) assert.ok(css.properties.some((p) => p.name === token), `VS Code CSS data has ${token}`);
});
