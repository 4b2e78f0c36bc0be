// After a build: the CDN file's size (raw, gzipped) and its Subresource
// Integrity hash, for the `integrity` attribute of the <script> that loads it.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const file = 'dist/spasm-widgets.js';
const code = readFileSync(file);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
console.log(`integrity="sha384-${createHash('sha384').update(code).digest('base64')}"`);
