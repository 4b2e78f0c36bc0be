/**
 * Evens out what @web/test-runner-commands does differently per engine, so a
 * test file reads the same in Chromium, Firefox and WebKit:
 * - puppeteer's Firefox (WebDriver BiDi) knows the space key as ' ', not 'Space';
 * - the webdriver launcher (WebKit) has no set-viewport: we size the window
 *   until the page's own viewport has the asked size.
 * The built-in command plugins answer before any plugin of ours, so we wrap
 * theirs in place when the server starts.
 */
export function engineGapsPlugin() {
  return {
    name: 'engine-gaps',
    serverStart({ config }) {
      const wrap = (name, handle) => {
        const plugin = config.plugins.find((p) => p.name === name);
        if (!plugin) throw new Error(`engine-gaps: no ${name} plugin to wrap`);
        const original = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (args) => (await handle(args)) ?? original(args);
      };
      wrap('send-keys-command', ({ command, payload, session }) => {
        if (command !== 'send-keys' || session.browser.name !== 'Firefox') return undefined;
        if (payload?.press === 'Space') payload.press = ' ';
        if (payload?.down === 'Space') payload.down = ' ';
        if (payload?.up === 'Space') payload.up = ' ';
        return undefined;
      });
      wrap('set-viewport-command', async ({ command, payload, session }) => {
        if (command !== 'set-viewport' || session.browser.type !== 'webdriver') return undefined;
        const driver = session.browser.driver;
        const { width, height } = payload;
        // The window's frame and any toolbar take some of its outer size.
        for (let tries = 0; tries < 3; tries++) {
          const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
          if (inner[0] === width && inner[1] === height) return true;
          const outer = await driver.getWindowSize();
          await driver.setWindowSize(Math.max(1, Math.round(outer.width + width - inner[0])), Math.max(1, Math.round(outer.height + height - inner[1])));
        }
        const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        if (inner[0] !== width || inner[1] !== height) throw new Error(`could not size WebKit's viewport to ${width}×${height}: got ${inner.join('×')}`);
        return true;
      });
    },
  };
}
