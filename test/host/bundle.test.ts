import { expect } from '@open-wc/testing';

/**
 * The gzip budget of the whole bundle: 12 KB foundation, +7 KB triage, +8 KB timer, +9 KB
 * stretches, +4 KB kiosk shell, +12 KB triage v2 (four levels: their signs, questions and care
 * cards, in two languages), +1 KB accessibility (issue 13: the sticky Stop bar, one error pattern,
 * focus rings, dark-safe red), +2 KB every element on the shared controllers (issue 11), +10 KB
 * Arabic (issue 12: every language stays in the one file), +1 KB issue 11's second half (the
 * round, routine and idle logic in controllers and the screens in modules of their own, which
 * pass as arguments what was `this`; first renders taking turns).
 */
const BUDGET_BYTES = 67 * 1024;

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  expect(response.ok, `${url} is built`).to.equal(true);
  const stream = response.body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('dist/spasm-widgets.js', () => {
  it(`stays within ${BUDGET_BYTES / 1024} KB gzip`, async () => {
    const size = await gzipSize('/dist/spasm-widgets.js');
    expect(size).to.be.greaterThan(5000);
    expect(size, `${size} bytes`).to.be.at.most(BUDGET_BYTES);
  });

  it('is self-contained: no further imports, no network requests beyond itself', async () => {
    const code = await (await fetch('/dist/spasm-widgets.js')).text();
    expect(code).not.to.match(/\bimport\s*\(/);
    expect(code).not.to.match(/\bimport[\s{*][^;]*\bfrom\s*["']/);
    expect(code).not.to.match(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket/);
  });
});

describe('dist/spasm-widgets.js drawings', () => {
  // Minified, a self-closing <path … /> that lost its slash would swallow every shape after it (HTML parsing of an svg`` template): the stretches' drawings would show only a floor.
  it('keeps every SVG shape closed', async () => {
    const code = await (await fetch('/dist/spasm-widgets.js')).text();
    const shapes = [...code.matchAll(/<(path|circle|rect|line|ellipse|polyline|polygon)\b[^<>]*>/g)];
    expect(shapes.length).to.be.greaterThan(30);
    const open = shapes.filter((m) => !m[0].endsWith('/>') && !code.startsWith(`</${m[1]}>`, m.index! + m[0].length)).map((m) => m[0]);
    expect(open).to.deep.equal([]);
  });
});

describe('dist/spasm-widgets.js licences', () => {
  it("keeps Lit's licence notices and points to the full third-party notices", async () => {
    const code = await (await fetch('/dist/spasm-widgets.js')).text();
    expect(code.split('\n')[0]).to.match(/^\/\*! spasm-widgets \d+\.\d+\.\d+ \| MIT License \| .*THIRD-PARTY-NOTICES\.txt \*\/$/);
    expect(code).to.include('SPDX-License-Identifier: BSD-3-Clause');
    const notices = await (await fetch('/dist/THIRD-PARTY-NOTICES.txt')).text();
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) expect(notices).to.include(`${name} `);
    expect(notices).to.include('Redistributions in binary form must reproduce the above copyright notice');
  });
});
