import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

/**
 * The CDN file pasted into a clinic page the ways CMS embed boxes paste it:
 * classic or module script, defer or async, in <head> or at the end of
 * <body>, once or twice. Each page is served by test/infra/host-pages.mjs.
 */
interface HostWindow extends Window {
  hostLog: { errors: string[]; warnings: string[] };
  SpasmWidgets?: { setLocale(tag: string): Promise<void>; getLocale(): string; locales: readonly string[]; version: string };
}

async function openPage(scripts: string): Promise<{ win: HostWindow; doc: Document; done: () => void }> {
  const frame = document.createElement('iframe');
  frame.src = `/host-page?scripts=${encodeURIComponent(scripts)}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  // A module or async script may still be on its way after load: wait for the widgets.
  const started = Date.now();
  while (!doc.querySelector('spasm-triage')?.shadowRoot?.querySelector('button')) {
    if (Date.now() - started > 5000) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { win, doc, done: () => frame.remove() };
}

const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const loads: [string, string][] = [
  ['a classic script in <head>, before the elements', 'head:classic'],
  ['a classic deferred script in <head>', 'head:classic:defer'],
  ['a classic async script in <head>', 'head:classic:async'],
  ['a classic script at the end of <body>', 'end:classic'],
  ['a module script in <head>', 'head:module'],
  ['an async module script at the end of <body>', 'end:module:async'],
  ['the file twice: classic in <head>, module at the end', 'head:classic,end:module'],
  ['the file twice as classic scripts', 'head:classic,end:classic:defer'],
];

describe('the CDN file on a clinic page', () => {
  for (const [name, scripts] of loads) {
    it(`works as ${name}`, async () => {
      const { win, doc, done } = await openPage(scripts);
      try {
        expect(win.hostLog.errors, 'page errors').to.deep.equal([]);
        expect(win.hostLog.warnings, 'console warnings').to.deep.equal([]);
        const flags = doc.querySelector('red-flag-list');
        const triage = doc.querySelector('spasm-triage');
        expect(text(flags)).to.include('not a diagnosis');
        expect(triage!.shadowRoot!.querySelector('button'), 'triage rendered').to.exist;
        // The page API, on one global.
        const api = win.SpasmWidgets!;
        expect(api.version).to.equal(VERSION);
        expect(api.locales).to.include('es');
        await api.setLocale('es');
        await (flags as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(api.getLocale()).to.equal('es');
        expect(text(flags)).to.include('no es un diagnóstico');
      } finally {
        done();
      }
    });
  }

  it('is one classic script: no import or export statements', async () => {
    const code = await (await fetch('/dist/spasm-widgets.js')).text();
    // A classic script cannot hold import or export statements.
    expect(() => new Function(code)).not.to.throw();
  });
});
