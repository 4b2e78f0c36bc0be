import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/**
 * The one way an element speaks to screen readers: a polite and an assertive
 * live region, rendered by the host wherever it calls `render()` (once, always
 * present, so the regions exist before anything is said; the host's styles
 * must include the theme's `.visually-hidden`).
 *
 * Policy: polite for what can wait for a pause (minutes left, the next stretch,
 * a step reached); assertive only for what needs the patient now (time is up,
 * an emergency, an error). Say minutes and the end, never every second. Each
 * call is said once, even when the words are the same as last time (the text
 * is put in a new node, which screen readers hear as new), and the other
 * region is emptied so a stale message is not read again later.
 */
export class Announcer implements ReactiveController {
  private said = { polite: '', assertive: '' };
  private count = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` at the next pause. */
  polite(text: string): void {
    this.say({ polite: text, assertive: '' });
  }

  /** Says `text` now, interrupting. */
  assertive(text: string): void {
    this.say({ polite: '', assertive: text });
  }

  /** Empties both regions (a reset). */
  clear(): void {
    this.say({ polite: '', assertive: '' });
  }

  /** What each region holds now, for tests and for hosts that mirror it. */
  get current(): Readonly<{ polite: string; assertive: string }> {
    return this.said;
  }

  /** Taken off the page: nothing said before is left to be read again when it returns. */
  hostDisconnected(): void {
    this.said = { polite: '', assertive: '' };
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="announce-polite">${keyed(
      this.count,
      html`<span>${this.said.polite}</span>`,
    )}</div><div class="visually-hidden" aria-live="assertive" aria-atomic="true" part="announce-assertive">${keyed(
      this.count,
      html`<span>${this.said.assertive}</span>`,
    )}</div>`;
  }

  private say(next: { polite: string; assertive: string }): void {
    this.said = next;
    this.count++;
    this.host.requestUpdate();
  }
}
