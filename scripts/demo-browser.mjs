// Serves the project on a free local port and opens headless Chromium, for
// the scripts that look at the demo pages (screenshots, bench).
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

/** Runs `work(browser, origin)` and always closes the browser and server afterwards. */
export async function withDemoBrowser(work, extraArgs = []) {
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
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
  try {
    return await work(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
