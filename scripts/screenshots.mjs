// Screenshots of the demo pages at phone and tablet widths, for a person to look at.
// Usage: node scripts/screenshots.mjs [page.html …]   (after npm run build)
// Writes screenshots/<page>-<width>.png (git-ignored).
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'theming.html'];
const widths = [375, 1024];
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
});
await mkdir('screenshots', { recursive: true });
try {
  for (const name of pages) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${port}/demo/${name}`, { waitUntil: 'networkidle0' });
      const file = `screenshots/${name.replace(/\.html$/, '')}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
