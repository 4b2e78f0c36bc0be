import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChimeController, type ChimeWanted } from '../../src/core/chime.js';
import { FakeClock } from '../fake-clock.js';
import { BlockedSound, FakeSound } from '../fake-sound.js';

const MIN = 60_000;

class ChimeProbe extends LitElement {
  clock = new FakeClock();
  sound: FakeSound = new FakeSound();
  wanted: ChimeWanted | ChimeWanted[] | null = null;
  readonly chime = new ChimeController(this, {
    sound: () => this.sound,
    clock: () => this.clock,
    wanted: () => this.wanted,
  });
  override render() {
    return html`${this.chime.needsGesture ? 'Tap to turn the sound back on' : ''}`;
  }
}
customElements.define('chime-probe', ChimeProbe);

async function probe(): Promise<ChimeProbe> {
  const el = await fixture<ChimeProbe>(html`<chime-probe></chime-probe>`);
  el.wanted = { at: el.clock.now() + 15 * MIN, kind: 'end' };
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

describe('ChimeController', () => {
  it('books the wanted chime once, however often the host renders', async () => {
    const el = await probe();
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(el.sound.scheduled).to.deep.equal([{ delayMs: 15 * MIN, kind: 'end', cancelled: false }]);
  });

  it('cancels it when no longer wanted (paused, cancelled)', async () => {
    const el = await probe();
    el.wanted = null;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.pending).to.deep.equal([]);
  });

  it('re-books a changed end time and cancels the old one', async () => {
    const el = await probe();
    el.wanted = { at: el.clock.now() + 5 * MIN, kind: 'end' };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.pending).to.deep.equal([{ delayMs: 5 * MIN, kind: 'end', cancelled: false }]);
    expect(el.sound.scheduled).to.have.length(2);
  });

  it('cancels on leaving the page and books again, for the time left, when put back', async () => {
    const el = await probe();
    const parent = el.parentElement!;
    el.remove();
    expect(el.sound.pending).to.deep.equal([]);
    el.clock.advance(MIN);
    parent.append(el);
    expect(el.sound.pending).to.deep.equal([{ delayMs: 14 * MIN, kind: 'end', cancelled: false }]);
  });

  it('re-books when the host clock and the booking disagree (the clock was changed)', async () => {
    const el = await probe();
    el.clock.jump(10 * MIN); // the clock moved 10 minutes while the audio clock moved none
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.pending).to.deep.equal([{ delayMs: 5 * MIN, kind: 'end', cancelled: false }]);
    expect(el.sound.scheduled[0]!.cancelled, 'the original chime cannot ring later').to.equal(true);
  });

  it('leaves a chime that is due to ring out, and cancels one the clock jumped past', async () => {
    const el = await probe();
    el.clock.advance(15 * MIN);
    el.wanted = null;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.scheduled).to.deep.equal([{ delayMs: 15 * MIN, kind: 'end', cancelled: false }]);
    el.wanted = { at: el.clock.now() + 15 * MIN, kind: 'end' };
    el.requestUpdate();
    await el.updateComplete;
    el.clock.jump(20 * MIN);
    el.wanted = null;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.scheduled[1]!.cancelled, 'due by the clock, not by the audio: it would ring late').to.equal(true);
  });

  it('books several chimes, and cancels only those not yet due', async () => {
    const el = await probe();
    const at = el.clock.now();
    el.wanted = [{ at: at + MIN, kind: 'soft' }, { at: at + 2 * MIN, kind: 'soft' }];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.pending.map((c) => c.delayMs)).to.deep.equal([MIN, 2 * MIN]);
    el.clock.advance(MIN);
    el.wanted = null;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.sound.scheduled.slice(1).map((c) => c.cancelled)).to.deep.equal([false, true]);
  });

  it('re-books when the page is shown again', async () => {
    const el = await probe();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.sound.scheduled).to.have.length(2);
    expect(el.sound.pending).to.have.length(1);
  });

  it('does not ring a chime that was due while the page was away', async () => {
    const el = await probe();
    const parent = el.parentElement!;
    el.remove();
    el.clock.advance(20 * MIN);
    parent.append(el);
    expect(el.sound.pending).to.deep.equal([]);
  });

  it('says when sound waits for a tap, and stops saying so once unlocked', async () => {
    const el = await fixture<ChimeProbe>(html`<chime-probe></chime-probe>`);
    const sound = new BlockedSound();
    el.sound = sound;
    el.remove();
    document.body.append(el); // reconnect so it listens to the new sound
    expect(el.chime.needsGesture, 'nothing booked: nothing to ask for').to.equal(false);
    el.wanted = { at: el.clock.now() + MIN, kind: 'end' };
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.chime.needsGesture).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Tap to turn the sound back on');
    el.chime.unlock();
    await el.updateComplete;
    expect(sound.unlocked).to.equal(1);
    expect(el.shadowRoot!.textContent).not.to.contain('Tap to turn');
    el.remove();
  });
});
