import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// Every msg() in src/ has an explicit id (a test checks the XLIFF), so the
// bundle leaves out lit-localize's id hashing: a message without an id would
// show in English rather than fail.
const noMsgIdHashing = {
  name: 'no-msg-id-hashing',
  resolveId: (source) => (source.endsWith('/id-generation.js') ? '\0no-id-generation' : null),
  load: (id) => (id === '\0no-id-generation' ? "export const generateMsgId = () => '';" : null),
};

// tsc wrote build/src/*.js with source maps: hand rollup those maps, so the
// bundle's map leads back to the TypeScript (tsc inlined its sources).
const tscSourceMaps = {
  name: 'tsc-source-maps',
  load(id) {
    if (!id.includes('/build/src/') || !existsSync(`${id}.map`)) return null;
    return { code: readFileSync(id, 'utf8'), map: JSON.parse(readFileSync(`${id}.map`, 'utf8')) };
  },
};

/** The package that a bundled module came from: its folder and name, or null for our own code. */
function packageOf(id) {
  for (let dir = dirname(id); dir.includes('node_modules'); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const { name, version, license } = JSON.parse(readFileSync(file, 'utf8'));
      if (name) return { dir, name, version, license };
    }
  }
  return null;
}

// The licences of everything bundled (Lit is BSD-3-Clause, which asks that its
// notice travel with the copy) go to dist/THIRD-PARTY-NOTICES.txt, which the
// bundle's first comment points to.
const NOTICES = 'THIRD-PARTY-NOTICES.txt';
const thirdPartyNotices = {
  name: 'third-party-notices',
  generateBundle(_, bundle) {
    const packages = new Map();
    for (const chunk of Object.values(bundle)) {
      for (const id of Object.keys(chunk.modules ?? {})) {
        const found = packageOf(id);
        if (found) packages.set(found.name, found);
      }
    }
    const texts = [...packages.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ dir, name, version, license }) => {
        const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => join(dir, f)).find(existsSync);
        if (!file) throw new Error(`${name} ships no LICENSE file to copy into ${NOTICES}`);
        return `${name} ${version} (${license})\n\n${readFileSync(file, 'utf8').trim()}\n`;
      });
    this.emitFile({
      type: 'asset',
      fileName: NOTICES,
      source: `spasm-widgets.js bundles the following software.\n\n${texts.join('\n' + '-'.repeat(72) + '\n\n')}`,
    });
  },
};

// terser, called here rather than through its rollup plugin (which runs it in
// a worker and so cannot take a function for which comments to keep): keeps
// our banner and each distinct @license comment once (Lit repeats one per module).
const minifyChunk = {
  name: 'minify',
  async renderChunk(code) {
    const seen = new Set();
    const comments = (_, comment) => {
      if (!/@license|@preserve|^!/.test(comment.value)) return false;
      const key = comment.value.replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    const result = await minify(code, { ecma: 2021, compress: { passes: 2 }, format: { comments }, sourceMap: true });
    return { code: result.code, map: result.map };
  },
};

// The CDN file. tsc compiles src/ to build/ first (ES2021: no class static
// blocks, which Safari 15 lacks); rollup bundles it with Lit into one classic
// script that also runs as a module, and minifies it.
const bundle = {
  input: 'build/src/cdn.js',
  output: {
    file: 'dist/spasm-widgets.js',
    format: 'iife',
    sourcemap: true,
    // One file for the clinic to include: locale modules are folded in.
    inlineDynamicImports: true,
    banner: `/*! spasm-widgets ${pkg.version} | MIT License | bundled third-party licences: ${NOTICES} */`,
  },
  plugins: [
    tscSourceMaps,
    // keepClosingSlash: an svg`` template's <path … /> must stay self-closed, or every shape after it nests inside it and is not drawn.
    minifyHTML({ failOnError: true, options: { minifyOptions: { keepClosingSlash: true } } }),
    noMsgIdHashing,
    nodeResolve({ exportConditions: ['production'] }),
    minifyChunk,
    thirdPartyNotices,
  ],
  onwarn(warning, warn) {
    // Lit's compiled output uses `this` at module level in a safe way.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

// The benchmark's floor (scripts/bench.mjs): trivial Lit elements built the same way, kept out of dist/.
const floor = {
  ...bundle,
  input: 'build/test/bench/floor.js',
  output: { file: 'build/bench-floor.js', format: 'iife' },
  plugins: [tscSourceMaps, minifyHTML({ failOnError: true }), nodeResolve({ exportConditions: ['production'] }), minifyChunk],
};

export default [bundle, floor];
