/**
 * Which engine runs the tests. Every test runs in Chromium, Firefox and
 * WebKit, except the few that need Chromium's DevTools protocol (DOM
 * counters, print emulation), which no other engine offers the test runner.
 */
export const hasDevTools = /\b(Chrome|Chromium|HeadlessChrome)\//.test(navigator.userAgent);

/**
 * `it` for a test that needs Chromium's DevTools protocol: declared in
 * Chromium only, so Firefox and WebKit neither run it nor count it.
 */
export function itWithDevTools(title: string, fn: (this: Mocha.Context) => unknown): void {
  if (hasDevTools) it(`${title} [Chromium only: needs its DevTools protocol]`, fn as Mocha.AsyncFunc);
}
