import { expect } from '@open-wc/testing';

/**
 * Every demo page loads and runs with no page error, no failed load and no
 * console error. test/infra/host-pages.mjs puts an error logger first in each
 * page's <head> when it is asked for with `?log`.
 */
const PAGES = ['index.html', 'theming.html', 'kiosk.html', 'bench.html', 'bench-floor.html'];
/** bench.html starts empty: scripts/bench.mjs creates the widgets. */
const EMPTY = ['bench.html'];

interface LoggedWindow extends Window {
  hostLog: { errors: string[]; warnings: string[] };
}

describe('the demo pages', () => {
  it('are all listed here', async () => {
    // The dev server lists no folders: check each listed page exists, and that
    // index.html links to every other page that is meant for visitors.
    for (const page of PAGES) expect((await fetch(`/demo/${page}`)).ok, page).to.equal(true);
    const index = await (await fetch('/demo/index.html')).text();
    for (const page of ['theming.html', 'kiosk.html']) expect(index).to.include(`./${page}`);
  });

  for (const page of PAGES) {
    it(`${page} runs without an error`, async () => {
      const frame = document.createElement('iframe');
      frame.style.width = '1024px';
      frame.style.height = '768px';
      frame.src = `/demo/${page}?log`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as LoggedWindow;
        const doc = frame.contentDocument!;
        // Let every widget on the page define itself and render.
        const tags = [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')))];
        if (!EMPTY.includes(page)) expect(tags.length, 'widgets on the page').to.be.greaterThan(0);
        await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
        for (const el of tags.length ? doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(tags.join(',')) : []) {
          await el.updateComplete;
          expect(el.shadowRoot?.childElementCount, `<${el.localName}> rendered`).to.be.greaterThan(0);
        }
        await new Promise((r) => win.requestAnimationFrame(() => r(undefined)));
        expect(win.hostLog.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('index.html: the demo script runs (the timer gets its onset, the event log fills in)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html?log';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const timer = doc.querySelector('heat-ice-timer[data-onset-hours-ago]');
      expect(timer?.getAttribute('onset')).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      const flags = doc.querySelector('red-flag-list[mode="checklist"]');
      if (flags) {
        await frame.contentWindow!.customElements.whenDefined('red-flag-list');
        await (flags as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        flags.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        // The event is fired once the change is on screen.
        await (flags as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((r) => setTimeout(r));
        expect(doc.getElementById('last-event')?.textContent).to.include('spasm-red-flag-change');
      }
    } finally {
      frame.remove();
    }
  });
});
