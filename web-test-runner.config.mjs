import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { engineGapsPlugin } from './test/infra/engine-gaps.mjs';
import { hostPagesPlugin } from './test/infra/host-pages.mjs';

// Every test file runs in Chromium, Firefox and WebKit. BROWSERS=chromium,firefox
// (any subset) narrows a local run; CI always runs all three.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());
const paths = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkit: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
};
const debianPackage = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver' };
for (const name of wanted) {
  if (!(name in paths)) {
    console.error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox, webkit.`);
    process.exit(1);
  }
  if (!existsSync(paths[name])) {
    console.error(
      `No ${name} at ${paths[name]}.\n` +
        `Install it (Debian/Ubuntu: sudo apt-get install -y ${debianPackage[name]}) or run \`bash .ci/run\`.`,
    );
    process.exit(1);
  }
}

/** Children started here (X server, WebKitWebDriver), ended when the runner exits. */
const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

/** WebKitGTK's MiniBrowser has no headless mode: give it a virtual X display when there is none. */
function ensureDisplay() {
  if (process.env.DISPLAY) return;
  if (spawnSync('sh', ['-c', 'command -v Xvfb']).status !== 0) {
    console.error('WebKit needs an X display: install xvfb (sudo apt-get install -y xvfb) or set DISPLAY.');
    process.exit(1);
  }
  // -displayfd writes the display number it picked once it is ready.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        process.env.DISPLAY = `:${out.trim()}`;
        resolve();
      }
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startWebKitDriver() {
  await ensureDisplay();
  const port = await freePort();
  const driver = spawn(paths.webkit, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    // A GTK stylesheet for MiniBrowser's toolbar, so set-viewport can reach 320 px.
    env: { ...process.env, XDG_CONFIG_HOME: fileURLToPath(new URL('test/infra/gtk-config', import.meta.url)) },
  });
  children.push(driver);
  // Wait until it answers; it takes a moment to listen.
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const miniBrowser = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser']
  .concat(process.env.MINIBROWSER_PATH ?? [])
  .reverse()
  .find((p) => existsSync(p));

/** Prints a closing `Browsers: N passed, N failed` line, counted over every browser. */
function countReporter() {
  const count = (suite, tally) => {
    for (const t of suite.tests) {
      if (t.skipped) tally.skipped++;
      else if (t.passed) tally.passed++;
      else tally.failed++;
    }
    for (const s of suite.suites) count(s, tally);
  };
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, tally);
        // A file that failed to load has no results: count it as a failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) tally.failed++;
      }
      const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
      // scripts/test.mjs adds these to the Node tests' count for npm test's last line.
      if (process.env.SPASM_TALLY_FILE) writeFileSync(process.env.SPASM_TALLY_FILE, JSON.stringify(tally));
      // Printed after the default reporter's own summary.
      setTimeout(() => console.log(`\nBrowsers: ${tally.passed} passed, ${tally.failed} failed${skipped}`), 0);
    },
  };
}

/**
 * Server command `dom-counters`: garbage-collects, then returns Chromium's
 * count of documents, DOM nodes and JS event listeners for the test page, so a
 * test can check that repeated use does not leak. Chromium's DevTools protocol
 * only: tests that use it run in Chromium alone (see test/browser.ts).
 */
function domCountersPlugin() {
  return {
    name: 'dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error('dom-counters needs Chromium');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Twice, a moment apart: a tree removed in the test's last task can
        // still be held by a task the page has queued (a widget's first render
        // takes a turn of its own), and is only collectable once that has run.
        await cdp.send('HeapProfiler.collectGarbage');
        await new Promise((resolve) => setTimeout(resolve, 50));
        await cdp.send('HeapProfiler.collectGarbage');
        return await cdp.send('Memory.getDOMCounters');
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * Server command `color-scheme` (Chromium only): emulates `prefers-color-scheme`
 * and `forced-colors` together over the DevTools protocol, which the bundled
 * emulate-media command cannot do for forced colours.
 */
function colorSchemePlugin() {
  const sessions = new Map();
  return {
    name: 'color-scheme',
    async executeCommand({ command, payload, session }) {
      if (command !== 'color-scheme') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error('color-scheme needs Chromium');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      const { scheme } = payload;
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'prefers-color-scheme', value: scheme === 'dark' ? 'dark' : 'light' },
          { name: 'forced-colors', value: scheme === 'forced' ? 'active' : 'none' },
        ],
      });
      return true;
    },
  };
}

/**
 * Server command `font-size` (Chromium only): sets the browser's default font
 * size, as a patient does in the browser's settings, over the DevTools protocol.
 */
function fontSizePlugin() {
  return {
    name: 'font-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'font-size') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error('font-size needs Chromium');
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round(payload.px * 0.8125) } });
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--autoplay-policy=no-user-gesture-required',
        ],
      },
    }),
  // Firefox through puppeteer-core over WebDriver BiDi (no browser download).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: paths.firefox,
        headless: true,
        extraPrefsFirefox: {
          'media.autoplay.default': 0,
          'media.autoplay.blocking_policy': 0,
        },
      },
    }),
  // WebKit: WebKitGTK's MiniBrowser through classic WebDriver (WebKitWebDriver).
  webkit: async () => {
    const port = await startWebKitDriver();
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
  },
};

export default {
  rootDir: '.',
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  // One test page at a time per browser: Chromium's DOM counters (the kiosk
  // leak test) are per renderer process, which same-site pages can share, and
  // WebKitWebDriver drives a single window.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 300000,
  browsers: await Promise.all(wanted.map((name) => launchers[name]())),
  plugins: [domCountersPlugin(), colorSchemePlugin(), fontSizePlugin(), engineGapsPlugin(), hostPagesPlugin()],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
