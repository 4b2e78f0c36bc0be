// Prints the bundle's size, raw and gzipped, after a build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = 'dist/spasm-widgets.js';
const code = readFileSync(file);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
