// What each npm entry costs an app that bundles it: the entry and what it
// imports, minified and gzipped, with Lit (as a first Lit on the page) and
// without (an app that already has Lit). Printed by `npm run bench`.
//   node scripts/entry-sizes.mjs        (after npm run build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(pkg.exports).filter(([key, value]) => key.endsWith('.js') && value.default?.startsWith('./dist/lib/'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function gzipSize(input, external) {
  const bundle = await rollup({
    input,
    external,
    plugins: [nodeResolve({ exportConditions: ['production'] })],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const { code } = await minify(output[0].code, { module: true, ecma: 2021, compress: { passes: 2 } });
  return gzipSync(code, { level: 9 }).length;
}

export async function printEntrySizes() {
  console.log('\nnpm entries (minified + gzip, as an app bundles them)');
  const lit = (id) => /^(lit|lit-html|lit-element|@lit\/)/.test(id);
  for (const [key, value] of entries) {
    const name = key === './index.js' ? 'spasm-widgets (all)' : `spasm-widgets/${key.slice(2)}`;
    const [withLit, withoutLit] = [await gzipSize(value.default, []), await gzipSize(value.default, lit)];
    console.log(`  ${name.padEnd(36)} ${kb(withLit).padStart(8)} with Lit, ${kb(withoutLit).padStart(8)} without`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await printEntrySizes();
