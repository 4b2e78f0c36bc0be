/**
 * Which engine runs the tests. Every test runs in Chromium, Firefox and
 * WebKit, except the few that need Chromium's DevTools protocol (DOM
 * counters, print emulation), which no other engine offers the test runner.
 */
/** WebKit (MiniBrowser through WebKitWebDriver). */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

export const hasDevTools = /\b(Chrome|Chromium|HeadlessChrome)\//.test(navigator.userAgent);

/**
 * `it` for a test that needs Chromium's DevTools protocol: declared in
 * Chromium only, so Firefox and WebKit neither run it nor count it.
 */
export function itWithDevTools(title: string, fn: (this: Mocha.Context) => unknown): void {
  if (hasDevTools) it(`${title} [Chromium only: needs its DevTools protocol]`, fn as Mocha.AsyncFunc);
}

export type Scheme = 'light' | 'dark' | 'forced';

/**
 * The colour schemes a test can be run in: light everywhere (the default, so
 * nothing to emulate), dark and forced colours in Chromium only (emulated
 * over its DevTools protocol).
 */
export const SCHEMES: readonly Scheme[] = hasDevTools ? ['light', 'dark', 'forced'] : ['light'];

/** Shows the page in `scheme` (Chromium); light is a no-op elsewhere. */
export async function useScheme(scheme: Scheme): Promise<void> {
  if (!hasDevTools) {
    if (scheme !== 'light') throw new Error(`${scheme} colours can only be emulated in Chromium`);
    return;
  }
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('color-scheme', { scheme });
}
