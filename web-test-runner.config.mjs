import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}.\n` +
      'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

/** Prints the closing `N passed, N failed` line that CI reads. */
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
      // Printed after the default reporter's own summary.
      setTimeout(() => console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`), 0);
    },
  };
}

/**
 * Server command `dom-counters`: garbage-collects, then returns Chromium's
 * count of documents, DOM nodes and JS event listeners for the test page, so a
 * test can check that repeated use does not leak.
 */
function domCountersPlugin() {
  return {
    name: 'dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return await cdp.send('Memory.getDOMCounters');
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  rootDir: '.',
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  // One test page at a time: Chromium's DOM counters (the kiosk leak test) are
  // per renderer process, which same-site pages can share.
  concurrency: 1,
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
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
  ],
  plugins: [domCountersPlugin()],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
