// Benchmark: prints the figures behind the performance targets. Not a test:
// timings vary by machine, so it reports and never fails on time.
//   node scripts/bench.mjs        (after npm run build)
// Bundle size (raw, gzip, brotli); each npm entry's size as an app bundles it; for every element in custom-elements.json,
// the median time to create, render and lay out one instance; and the JS heap
// and DOM counters after 200 create/remove cycles (after GC).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { withDemoBrowser } from './demo-browser.mjs';
import { printEntrySizes } from './entry-sizes.mjs';

const bundle = readFileSync('dist/spasm-widgets.js');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`bundle: ${kb(bundle.length)} minified, ${kb(gzipSync(bundle, { level: 9 }).length)} gzip, ${kb(brotliCompressSync(bundle).length)} brotli`);
await printEntrySizes();

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);

await withDemoBrowser(async (browser, origin) => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${origin}/demo/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('red-flag-list'));
  const cdp = await page.createCDPSession();
  const counters = async () => {
    await page.evaluate(() => globalThis.gc?.());
    return cdp.send('Memory.getDOMCounters');
  };
  const heap = async () => (await page.metrics()).JSHeapUsedSize;
  console.log('\nrender (median of 30: create, first render, layout)');
  for (const tag of tags) {
    const ms = await page.evaluate(async (tag) => {
      const times = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        const el = document.createElement(tag);
        document.body.append(el);
        await el.updateComplete;
        el.getBoundingClientRect();
        times.push(performance.now() - t0);
        el.remove();
      }
      times.sort((a, b) => a - b);
      return times[15];
    }, tag);
    console.log(`  <${tag}>: ${ms.toFixed(2)} ms`);
  }
  console.log('\nmemory (200 create/remove cycles of every element, after GC)');
  const before = { ...(await counters()), heap: await heap() };
  await page.evaluate(async (tags) => {
    for (let i = 0; i < 200; i++) {
      for (const tag of tags) {
        const el = document.createElement(tag);
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
    }
  }, tags);
  const after = { ...(await counters()), heap: await heap() };
  console.log(`  JS heap: ${kb(before.heap)} → ${kb(after.heap)}`);
  console.log(`  DOM nodes: ${before.nodes} → ${after.nodes}; listeners: ${before.jsEventListeners} → ${after.jsEventListeners}`);
}, ['--js-flags=--expose-gc']);
