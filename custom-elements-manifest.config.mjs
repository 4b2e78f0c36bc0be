import { readFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** What each theme token does, for every element's `cssProperties` (all of them use the shared theme). */
const TOKENS = {
  'color-primary': 'Buttons, links and chosen answers.',
  'color-on-primary': 'Text on primary-coloured buttons.',
  'color-emergency': 'The emergency call to action.',
  'color-on-emergency': 'Text on the emergency call to action.',
  'color-emergency-text': 'Emergency red for words and thin lines on the background (error messages, sign markers).',
  'color-urgent': 'The get-help-today level: its call to action and care card.',
  'color-self-care': 'The self-care care card.',
  'color-ice': 'Marks for ice.',
  'color-heat': 'Marks for heat.',
  'color-text': 'Text.',
  'color-muted': 'Secondary text.',
  'color-surface': 'Background.',
  'color-subtle': 'Panels.',
  'color-border': 'Borders of controls.',
  'color-focus': 'The focus ring.',
  'font-family': 'Font.',
  'font-size': "Base text size: the browser's default, medium (20px in kiosk mode).",
  radius: 'Corner radius.',
  space: 'Padding and gaps.',
  'touch-target': 'Smallest size of a control (48px in kiosk mode).',
};

/** `--spasm-*` tokens and their light-scheme defaults, read from the theme itself. */
function themeTokens() {
  const css = readFileSync('src/core/theme.ts', 'utf8');
  const tokens = new Map();
  for (const [, name, fallback] of css.matchAll(/var\(--spasm-([a-z-]+),\s*([^)]+)\)/g)) {
    if (tokens.has(name)) continue; // the first is the light scheme's
    if (!TOKENS[name]) throw new Error(`custom-elements-manifest.config.mjs: describe --spasm-${name} in TOKENS`);
    tokens.set(name, fallback.trim());
  }
  return tokens;
}

/** Event name → detail type name, from src/events.ts. */
function eventTypes() {
  const source = readFileSync('src/events.ts', 'utf8');
  const body = /interface SpasmEventDetails \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Map([...body.matchAll(/'(spasm-[a-z-]+)':\s*(\w+);/g)].map(([, name, type]) => [name, type]));
}

const shipped = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/lib/$1.js');

/**
 * Makes the manifest describe what ships: the real tags only (define()'s own
 * `customElements.define(tag, ctor)` is not an element), module paths in
 * dist/lib/, each event's detail type, and every theme token on every element.
 */
const shipPlugin = {
  name: 'spasm-ship',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const tokens = themeTokens();
    const events = eventTypes();
    manifest.modules = manifest.modules.filter((m) => !/^src\/(cdn|events)\.ts$/.test(m.path));
    for (const mod of manifest.modules) {
      mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.tagName) continue;
        // Elements register through define(), which the analyzer cannot follow.
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) {
          mod.exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } });
        }
        for (const event of decl.events ?? []) {
          const type = events.get(event.name);
          if (!type) throw new Error(`<${decl.tagName}> fires ${event.name}: give its detail a type in src/events.ts`);
          event.type = { text: type };
        }
        decl.cssProperties ??= [];
        for (const [name, fallback] of tokens) {
          const existing = decl.cssProperties.find((p) => p.name === `--spasm-${name}`);
          if (existing) existing.default ??= fallback;
          else decl.cssProperties.push({ name: `--spasm-${name}`, default: fallback, description: TOKENS[name] });
        }
      }
    }
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
        else walk(value);
      }
    };
    walk(manifest.modules);
  },
};

// Framework types and editor data, generated from the manifest. Paths in the
// type files are relative to their own folder, dist/types/.
const types = { outdir: 'dist/types', globalTypePath: '../lib/index.js', hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    shipPlugin,
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
    customElementVsCodePlugin({ outdir: 'dist/editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist/editor', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
  ],
};
