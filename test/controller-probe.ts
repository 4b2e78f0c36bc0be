import { html, LitElement } from 'lit';
import { Announcer } from '../src/core/announcer.js';
import { FocusGuard } from '../src/core/focus.js';

/**
 * A tiny host for an element's own controller (the timer's round, the
 * routine's holds): it shows only the state the controller hands it and the
 * live regions, and keeps the events it would fire. Pass `hooks()` into the
 * controller's options.
 */
export class ControllerProbe<State extends string, Name extends string, Detail> extends LitElement {
  state: State | undefined;
  events: { name: Name; detail: Detail }[] = [];
  readonly announcer = new Announcer(this);
  readonly focusGuard = new FocusGuard(this);

  protected hooks() {
    return {
      announcer: this.announcer,
      focus: this.focusGuard,
      heading: 'h2',
      emit: (name: Name, detail: Detail) => void this.events.push({ name, detail }),
      settled: (state: State) => void (this.state = state),
    };
  }

  override render() {
    return html`<h2 tabindex="-1">${this.state}</h2>
      ${this.announcer.render()}`;
  }
}
