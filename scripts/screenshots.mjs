// Screenshots of the demo pages at phone and tablet widths, for a person to look at.
// Usage: node scripts/screenshots.mjs [page.html …]   (after npm run build)
// Writes screenshots/<page>-<width>.png (git-ignored).
import { mkdir } from 'node:fs/promises';
import { withDemoBrowser } from './demo-browser.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'theming.html'];
const widths = [375, 1024];
await mkdir('screenshots', { recursive: true });
await withDemoBrowser(async (browser, origin) => {
  for (const name of pages) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.goto(`${origin}/demo/${name}`, { waitUntil: 'networkidle0' });
      const file = `screenshots/${name.replace(/\.html$/, '')}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
});
