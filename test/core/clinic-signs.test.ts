import { expect, fixture, html } from '@open-wc/testing';
import { clinicSigns, plainText } from '../../src/core/clinic-signs.js';
import '../../src/elements/red-flag-list/red-flag-list.js';
import { captureWarnings, shadowAll, textOf } from '../helpers.js';

const BUILT_IN = ['fever', 'bladder-bowel'];

function host(markup: string): HTMLElement {
  // Parsed the way a page's markup is (DOMParser runs no script).
  const el = document.createElement('div');
  el.append(...new DOMParser().parseFromString(markup, 'text/html').body.childNodes);
  return el;
}

describe('clinicSigns', () => {
  it('reads <li> children directly and inside <ul> or <ol>, in page order', () => {
    const signs = clinicSigns(host('<li>One</li><ul><li>Two</li><li>Three</li></ul><ol><li>Four</li></ol>'), BUILT_IN);
    expect(signs.map((s) => s.text)).to.deep.equal(['One', 'Two', 'Three', 'Four']);
    expect(signs.map((s) => s.id)).to.deep.equal(['custom-1', 'custom-2', 'custom-3', 'custom-4']);
  });

  it('takes text only: never a script or style source, markup dropped, white space folded', () => {
    const signs = clinicSigns(
      host('<li><b>Chest</b>\n   pain<script>alert("x")</script><style>li{}</style></li><li><script>steal()</script></li>'),
      BUILT_IN,
    );
    expect(signs).to.deep.equal([{ id: 'custom-1', text: 'Chest pain', level: 'emergency' }]);
    expect(plainText(host('a<br>b<template>hidden</template>'))).to.equal('a b');
  });

  it('skips empty items without using up a number', () => {
    const signs = clinicSigns(host('<li> </li><li><script>x()</script></li><li>Real</li>'), BUILT_IN);
    expect(signs).to.deep.equal([{ id: 'custom-1', text: 'Real', level: 'emergency' }]);
  });

  it('keeps a plain data-id; giving one sign an id never renumbers the others', () => {
    const before = clinicSigns(host('<li>A</li><li>B</li><li>C</li>'), BUILT_IN);
    const after = clinicSigns(host('<li>A</li><li data-id="pregnant">B</li><li>C</li>'), BUILT_IN);
    expect(before.map((s) => s.id)).to.deep.equal(['custom-1', 'custom-2', 'custom-3']);
    expect(after.map((s) => s.id)).to.deep.equal(['custom-1', 'pregnant', 'custom-2']);
  });

  it('never collides with a built-in id, another sign, or the custom-N ids, and warns once each', () => {
    const warnings = captureWarnings();
    try {
      const el = host(
        '<li data-id="fever">A</li><li data-id="x">B</li><li data-id="x">C</li><li data-id="custom-1">D</li><li data-id="a b">E</li><li>F</li>',
      );
      const ids = clinicSigns(el, BUILT_IN).map((s) => s.id);
      expect(ids).to.deep.equal(['custom-1', 'x', 'custom-2', 'custom-3', 'custom-4', 'custom-5']);
      expect(new Set([...ids, ...BUILT_IN]).size).to.equal(ids.length + BUILT_IN.length);
      clinicSigns(el, BUILT_IN);
      expect(warnings.messages).to.have.length(4);
      expect(warnings.messages[0]).to.include('data-id="fever"');
    } finally {
      warnings.restore();
    }
  });

  it('data-level="urgent" puts a sign in the get-help-today group; anything else is an emergency sign', () => {
    const signs = clinicSigns(host('<li data-level="urgent">A</li><li data-level=" URGENT ">B</li><li data-level="now">C</li>'), BUILT_IN);
    expect(signs.map((s) => s.level)).to.deep.equal(['urgent', 'urgent', 'emergency']);
  });

  it('reads a list nested in a sign as part of that sign', () => {
    const signs = clinicSigns(host('<li>Pain in<ul><li>the chest</li></ul></li>'), BUILT_IN);
    expect(signs).to.deep.equal([{ id: 'custom-1', text: 'Pain in the chest', level: 'emergency' }]);
  });
});

describe('<red-flag-list> with clinic signs in a <ul>', () => {
  it('shows them after the built-in signs, and no script text', async () => {
    const el = await fixture(html`<red-flag-list>
      <ul>
        <li>Chest pain</li>
        <li>You are pregnant<script>void 0; /* not a sign */</script></li>
      </ul>
      <li><script>document.title = 'not a sign';</script></li>
    </red-flag-list>`);
    const items = shadowAll(el, 'section.emergency li').map(textOf);
    expect(items.slice(-2)).to.deep.equal(['Chest pain', 'You are pregnant']);
    expect(items.join(' ')).not.to.include('not a sign');
  });
});
