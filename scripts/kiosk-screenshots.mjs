// Screenshots of the kiosk demo, portrait and landscape, light and dark: the
// attract and home screens, a triage's emergency outcome, the idle warning and
// the staff screen left after it; and forced colours. For a person to look at.
// Usage: node scripts/kiosk-screenshots.mjs   (after npm run build)
// Writes screenshots/kiosk-<width>x<height>-<light|dark|forced>-<screen>.png (git-ignored).
import { mkdir } from 'node:fs/promises';
import { withDemoBrowser } from './demo-browser.mjs';

const sizes = [
  [768, 1024],
  [1024, 768],
  [320, 568],
];

/** Runs in the page: presses the button whose text includes `text`, inside `path` of shadow hosts. */
function press(path, text) {
  let root = document.querySelector('spasm-kiosk').shadowRoot;
  for (const tag of path) root = root.querySelector(tag).shadowRoot;
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.includes(text));
  if (!button) throw new Error(`no button ${text}`);
  button.click();
}

await mkdir('screenshots', { recursive: true });
await withDemoBrowser(async (browser, origin) => {
  for (const [width, height] of sizes) {
    for (const scheme of ['light', 'dark', 'forced']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      // Puppeteer's emulateMediaFeatures refuses forced-colors; DevTools itself takes it.
      const feature = scheme === 'forced' ? { name: 'forced-colors', value: 'active' } : { name: 'prefers-color-scheme', value: scheme };
      await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [feature] });
      await page.goto(`${origin}/demo/kiosk.html`, { waitUntil: 'networkidle0' });
      // A clock the script moves, so the idle warning and staff screen come without waiting.
      await page.evaluate(() => {
        const kiosk = document.querySelector('spasm-kiosk');
        window.fakeNow = Date.now();
        kiosk.clock = { now: () => window.fakeNow };
        kiosk.reset();
      });
      const shot = async (name) => {
        await new Promise((r) => setTimeout(r, 400));
        const file = `screenshots/kiosk-${width}x${height}-${scheme}-${name}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      };
      const step = (path, text) => page.evaluate(press, path, text);
      await shot('attract');
      await step([], 'Tap to start');
      await shot('home');
      if (width < 600) {
        await step([], 'Menu');
        await shot('menu');
        await step([], 'Menu');
      }
      await step([], 'Gentle stretches');
      await step(['stretch-routine'], 'Start');
      const stop = await page.evaluate(() => {
        const routine = document.querySelector('spasm-kiosk').shadowRoot.querySelector('stretch-routine');
        const r = routine.shadowRoot.querySelector('[part=stop-button]')?.getBoundingClientRect();
        return r && { top: Math.round(r.top), bottom: Math.round(r.bottom), inView: r.bottom <= innerHeight };
      });
      console.log(`stop button at ${width}x${height}:`, JSON.stringify(stop));
      await shot('stretches');
      await step([], width < 600 ? 'Menu' : 'Home');
      if (width < 600) await step([], 'Home');
      await step([], 'Check your back pain');
      await step(['spasm-triage'], 'Start');
      await page.evaluate(() => {
        const triage = document.querySelector('spasm-kiosk').shadowRoot.querySelector('spasm-triage');
        triage.shadowRoot.querySelector('input[type=checkbox]').click();
      });
      await step(['spasm-triage'], 'Next');
      await shot('emergency');
      await page.evaluate(() => (window.fakeNow += 90_000));
      await shot('idle');
      await page.evaluate(() => (window.fakeNow += 30_000));
      await shot('staff');
      await page.close();
    }
  }
});
