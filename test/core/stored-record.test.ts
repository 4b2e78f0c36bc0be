import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type ReactiveController } from 'lit';
import { claimKey, releaseKey, StoredRecord } from '../../src/core/record.js';
import { memoryStore, STORAGE_PREFIX } from '../../src/core/storage.js';
import { captureWarnings } from '../helpers.js';

interface Round {
  state: 'running' | 'cancelled';
  endsAt: number;
}
const isRound = (v: unknown): v is Round =>
  typeof v === 'object' && v !== null && ((v as Round).state === 'running' || (v as Round).state === 'cancelled');

const KEY = `${STORAGE_PREFIX}test:round`;

class RecordProbe extends LitElement {
  key = KEY;
  store: Storage | ReturnType<typeof memoryStore> | null = localStorage;
  changes: (Round | undefined)[] = [];
  readonly record = new StoredRecord<Round>(this, {
    store: () => this.store,
    key: () => this.key,
    isValid: isRound,
    onChange: (v) => this.changes.push(v),
  });
}
customElements.define('record-probe', RecordProbe);

/** The same record in another tab: a frame of this origin shares localStorage and hears its storage events. */
async function otherTab() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow!;
  const changes: (Round | undefined)[] = [];
  const host = {
    ownerDocument: frame.contentDocument!,
    localName: 'record-probe',
    addController: (c: ReactiveController) => void c,
  };
  const record = new StoredRecord<Round>(host as unknown as LitElement, {
    store: () => win.localStorage,
    key: () => KEY,
    isValid: isRound,
    onChange: (v) => changes.push(v),
  });
  record.hostConnected();
  return { record, changes, close: () => (record.hostDisconnected(), frame.remove()) };
}

describe('StoredRecord', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    localStorage.clear();
  });

  it('a change in one tab shows in the other', async () => {
    const a = await fixture<RecordProbe>(html`<record-probe></record-probe>`);
    const b = await otherTab();
    try {
      a.record.write({ state: 'running', endsAt: 1 });
      await waitUntil(() => b.changes.length === 1, 'tab B hears the start');
      expect(b.changes).to.deep.equal([{ state: 'running', endsAt: 1 }]);
      expect(b.record.read()).to.deep.equal({ state: 'running', endsAt: 1 });
      b.record.write({ state: 'cancelled', endsAt: 1 });
      await waitUntil(() => a.changes.length === 1, 'tab A hears the cancel');
      expect(a.changes).to.deep.equal([{ state: 'cancelled', endsAt: 1 }]);
    } finally {
      b.close();
    }
  });

  it('a tab that missed a cancel cannot write over it, and is given the cancel instead', async () => {
    const a = await fixture<RecordProbe>(html`<record-probe></record-probe>`);
    const b = await otherTab();
    try {
      a.record.write({ state: 'running', endsAt: 1 });
      b.record.read();
      // B cancels; A writes at once, before the storage event reaches it (a frozen or busy tab).
      b.record.write({ state: 'cancelled', endsAt: 1 });
      expect(a.record.write({ state: 'running', endsAt: 2 })).to.equal(false);
      expect(a.changes).to.deep.equal([{ state: 'cancelled', endsAt: 1 }]);
      expect(b.record.read()).to.deep.equal({ state: 'cancelled', endsAt: 1 });
      // Having seen it, A may write again.
      expect(a.record.write({ state: 'running', endsAt: 3 })).to.equal(true);
    } finally {
      b.close();
    }
  });

  it('a clear is kept as a newer revision, so a stale copy cannot bring the round back', async () => {
    const a = await fixture<RecordProbe>(html`<record-probe></record-probe>`);
    const b = await otherTab();
    try {
      a.record.write({ state: 'running', endsAt: 1 });
      b.record.read();
      a.record.clear();
      expect(b.record.write({ state: 'running', endsAt: 1 })).to.equal(false);
      expect(b.changes).to.deep.equal([undefined]);
      expect(a.record.read()).to.equal(undefined);
    } finally {
      b.close();
    }
  });

  it('reads data saved before revisions existed', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: 'running', endsAt: 5 }));
    const a = await fixture<RecordProbe>(html`<record-probe></record-probe>`);
    expect(a.record.read()).to.deep.equal({ state: 'running', endsAt: 5 });
    expect(a.record.write({ state: 'cancelled', endsAt: 5 })).to.equal(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ rev: 1, value: { state: 'cancelled', endsAt: 5 } });
  });

  it('ignores a saved value that does not pass isValid, with one warning', async () => {
    localStorage.setItem(KEY, JSON.stringify({ rev: 3, value: { state: 'exploded' } }));
    const a = await fixture<RecordProbe>(html`<record-probe></record-probe>`);
    expect(a.record.read()).to.equal(undefined);
    expect(a.record.read()).to.equal(undefined);
    expect(warnings.messages).to.have.length(1);
  });

  it('two elements wanting one key on one page get two keys and one warning naming the clash', async () => {
    const wrapper = await fixture(html`<div><record-probe></record-probe><record-probe></record-probe></div>`);
    const [first, second] = [...wrapper.querySelectorAll('record-probe')] as RecordProbe[];
    first!.record.write({ state: 'running', endsAt: 1 });
    second!.record.write({ state: 'running', endsAt: 2 });
    expect(first!.record.key).to.equal(KEY);
    expect(second!.record.key).to.equal(`${KEY}~2`);
    expect(first!.record.read()).to.deep.equal({ state: 'running', endsAt: 1 });
    expect(second!.record.read()).to.deep.equal({ state: 'running', endsAt: 2 });
    expect(warnings.messages).to.deep.equal([
      `<record-probe> another element on this page saves under "${KEY}"; this one uses "${KEY}~2". Give each its own id or storage-key.`,
    ]);
    // After a reload (here: both leave and come back in page order) each finds its own round again.
    wrapper.replaceChildren();
    wrapper.append(first!, second!);
    expect(first!.record.read()).to.deep.equal({ state: 'running', endsAt: 1 });
    expect(second!.record.read()).to.deep.equal({ state: 'running', endsAt: 2 });
    expect(warnings.messages).to.have.length(1);
  });

  it('claimKey gives a key back once released', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    expect(claimKey(a, 'k')).to.equal('k');
    expect(claimKey(b, 'k')).to.equal('k~2');
    releaseKey(a, 'k');
    releaseKey(b, 'k~2');
    expect(claimKey(b, 'k')).to.equal('k');
    releaseKey(b, 'k');
  });

  it('works in memory, and with no storage at all, without throwing', async () => {
    const a = await fixture<RecordProbe>(html`<record-probe></record-probe>`);
    a.store = memoryStore();
    expect(a.record.write({ state: 'running', endsAt: 1 })).to.equal(true);
    expect(a.record.read()).to.deep.equal({ state: 'running', endsAt: 1 });
    a.store = null;
    expect(a.record.read()).to.equal(undefined);
    expect(a.record.write({ state: 'running', endsAt: 1 })).to.equal(true);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });
});
