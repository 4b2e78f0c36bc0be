import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';

// Every msg() in src/ has an explicit id (a test checks the XLIFF), so the
// bundle leaves out lit-localize's id hashing: a message without an id would
// show in English rather than fail.
const noMsgIdHashing = {
  name: 'no-msg-id-hashing',
  resolveId: (source) => (source.endsWith('/id-generation.js') ? '\0no-id-generation' : null),
  load: (id) => (id === '\0no-id-generation' ? "export const generateMsgId = () => '';" : null),
};

// tsc compiles src/ to build/ first; rollup only bundles and minifies.
export default {
  input: 'build/src/index.js',
  output: {
    file: 'dist/spasm-widgets.js',
    format: 'es',
    sourcemap: true,
    // One file for the clinic to include: locale modules are folded in.
    inlineDynamicImports: true,
  },
  plugins: [
    minifyTemplates(),
    noMsgIdHashing,
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // Lit's compiled output uses `this` at module level in a safe way.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
