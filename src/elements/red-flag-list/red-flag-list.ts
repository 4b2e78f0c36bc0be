import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { clinicSigns } from '../../core/clinic-signs.js';
import { headingLevel, oneOf } from '../../core/attributes.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { emergencyCta, emergencyNumber, emergencyStyles, emergencyText } from '../../core/emergency.js';
import { define } from '../../core/define.js';
import { theme } from '../../core/theme.js';
import { RED_FLAGS } from '../../content/red-flags.js';
import { styles } from './styles.js';

interface Sign {
  id: string;
  text: string;
}

const modes = oneOf(['list', 'checklist'] as const, 'list');

/**
 * The emergency warning signs of back pain, as a list to read or a checklist
 * to answer, with a call to action that dials the emergency number.
 *
 * @tagname red-flag-list
 * @fires spasm-red-flag-change - In checklist mode, whenever the answer changes. detail: `{ checked: string[] }`, the ids of the ticked signs in display order (empty after "None of these").
 * @slot - Nothing is slotted, but child `<li>` elements are read as the clinic's own extra signs and shown, as plain text, after the built-in ones. A `data-id` on the `<li>` names it in events (default `custom-1`, `custom-2`, …).
 * @csspart heading - The heading.
 * @csspart list - The list of signs (list mode).
 * @csspart item - One sign in the list (list mode).
 * @csspart checklist - The fieldset of signs (checklist mode).
 * @csspart option - One sign's label and checkbox (checklist mode).
 * @csspart none-button - The "None of these" button (checklist mode).
 * @csspart cta - The emergency call to action.
 * @csspart call - The button-styled `tel:` link in the call to action.
 * @cssprop [--spasm-color-emergency=#b3261e] - Background of the call to action and the markers of the signs.
 * @cssprop [--spasm-color-on-emergency=#ffffff] - Text on the call to action.
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons.
 * @cssprop [--spasm-color-text=#1b1f24] - Text.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-font-family=system-ui] - Font.
 * @cssprop [--spasm-font-size=16px] - Base text size (20px in kiosk mode).
 * @cssprop [--spasm-radius=8px] - Corner radius.
 * @cssprop [--spasm-space=16px] - Padding and gaps.
 * @cssprop [--spasm-touch-target=44px] - Smallest size of a control (48px in kiosk mode).
 */
export class RedFlagList extends SpasmElement {
  static override styles = [theme, emergencyStyles, choiceStyles, styles];

  static override properties = {
    mode: {},
    emergencyNumber: { attribute: 'emergency-number' },
    headingLevel: { attribute: 'heading-level' },
    alert: { type: Boolean, reflect: true },
    ticked: { state: true, attribute: false },
    noneChosen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `list` (default) to read the signs, or `checklist` to tick the ones that apply. */
  mode = 'list';

  /** The number to call: digits, +, spaces and dashes, 2–20 characters. Default `911`. */
  emergencyNumber = '911';

  /** The heading's level for assistive technology, 1–6. Default `2`. */
  headingLevel = '2';

  /** Reflected: present while any sign is ticked in checklist mode. */
  alert = false;

  private ticked: readonly string[] = [];
  private noneChosen = false;
  private announcement = '';

  private observer = new MutationObserver(() => this.requestUpdate());

  /** The ids of the ticked signs, in display order. */
  get checked(): string[] {
    return [...this.ticked];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  reset(): void {
    this.ticked = [];
    this.noneChosen = false;
    this.announcement = '';
  }

  private get number(): string {
    return this.attr('emergency-number', this.emergencyNumber, emergencyNumber);
  }

  private get isChecklist(): boolean {
    return this.attr('mode', this.mode, modes) === 'checklist';
  }

  override willUpdate(): void {
    this.alert = this.isChecklist && this.ticked.length > 0;
  }

  private signs(): Sign[] {
    const custom = clinicSigns(this, RED_FLAGS.map((f) => f.id));
    return [...RED_FLAGS.map((f) => ({ id: f.id, text: f.text() })), ...custom];
  }

  private setTicked(ids: string[], signs: Sign[]): void {
    const wasAlert = this.ticked.length > 0;
    this.ticked = signs.map((s) => s.id).filter((id) => ids.includes(id));
    if (this.ticked.length > 0) this.noneChosen = false;
    // Focus goes to the call to action when the first sign is ticked, not on
    // every later tick, so someone ticking several can carry on.
    if (this.ticked.length > 0 && !wasAlert) {
      this.announcement = emergencyText(this.number, this.kiosk, 'urgent');
      void this.focusAfterRender('.cta-text');
    }
    if (this.ticked.length === 0) this.announcement = '';
    this.emit('spasm-red-flag-change', { checked: this.checked });
  }

  override render() {
    const level = this.attr('heading-level', this.headingLevel, headingLevel);
    const signs = this.signs();
    return html`
      <div class="heading" role="heading" aria-level=${level} part="heading">
        ${msg('Emergency warning signs', { id: 'flags.heading' })}
      </div>
      ${this.isChecklist ? this.renderChecklist(signs) : this.renderList(signs)}
      <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
    `;
  }

  private renderList(signs: Sign[]) {
    return html`
      <p class="intro">${msg('Back pain with any of these signs needs emergency care.', { id: 'flags.intro' })}</p>
      <ul class="signs" part="list">
        ${signs.map((s) => html`<li part="item">${s.text}</li>`)}
      </ul>
      ${emergencyCta(this.number, this.kiosk, 'list')}
    `;
  }

  private renderChecklist(signs: Sign[]) {
    return html`
      <fieldset part="checklist">
        <legend>${msg('Do you have any of these right now? Tick all that apply.', { id: 'flags.legend' })}</legend>
        ${signs.map(
          (s) => html`
            <label class="option" part="option">
              <input
                type="checkbox"
                .checked=${this.ticked.includes(s.id)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this.setTicked(on ? [...this.ticked, s.id] : this.ticked.filter((id) => id !== s.id), signs);
                }}
              />
              <span>${s.text}</span>
            </label>
          `,
        )}
      </fieldset>
      <button type="button" part="none-button" @click=${() => this.chooseNone(signs)}>
        ${msg('None of these', { id: 'flags.none' })}
      </button>
      ${this.alert ? emergencyCta(this.number, this.kiosk, 'urgent') : nothing}
      ${this.noneChosen
        ? html`<p class="note" role="status">
            ${msg(
              str`None of these signs: good. If any of them start, or you are worried, call ${this.number} or go to the nearest emergency department.`,
              { id: 'flags.none-note' },
            )}
          </p>`
        : nothing}
      <div class="visually-hidden" aria-live="assertive">${this.announcement}</div>
    `;
  }

  private chooseNone(signs: Sign[]): void {
    this.setTicked([], signs);
    this.noneChosen = true;
  }
}

define('red-flag-list', RedFlagList);

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-list': RedFlagList;
  }
}
