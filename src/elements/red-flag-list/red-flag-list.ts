import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { Announcer } from '../../core/announcer.js';
import { SpasmElement } from '../../core/base.js';
import { Settings } from '../../core/settings.js';
import { clinicSigns } from '../../core/clinic-signs.js';
import { headingLevel, idList, oneOf } from '../../core/attributes.js';
import { isolate, ltr } from '../../core/bidi.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { emergencyCta, emergencyNumber, emergencyText } from '../../core/emergency.js';
import { define } from '../../core/define.js';
import { theme } from '../../core/theme.js';
import { EMERGENCY_SIGNS, URGENT_SIGNS, type SignLevel } from '../../content/red-flags.js';
import { urgentText, warningSignsStyles } from '../shared/warning-signs.js';
import { styles } from './styles.js';

interface Shown {
  id: string;
  level: SignLevel;
  /** The level "not sure" gives. */
  notSure: SignLevel;
  text: string;
  /** The page's own sign: its words are isolated from ours. */
  custom?: boolean;
}

const modes = oneOf(['list', 'checklist'] as const, 'list');
const GROUPS = ['emergency', 'urgent'] as const;
const groupList = idList<SignLevel>(GROUPS);
const BUILT_IN: readonly string[] = [...EMERGENCY_SIGNS, ...URGENT_SIGNS].map((s) => s.id);

const rank = (l: SignLevel | null) => (l === 'emergency' ? 2 : l === 'urgent' ? 1 : 0);

/**
 * The warning signs of back pain in two groups: call the emergency number now
 * (CONTENT.md §6), and get medical help today (§7). A list to read, or a
 * checklist to answer ("yes", "not sure" or "none of these") that shows the
 * matching call to action beside the group.
 *
 * @tagname red-flag-list
 * @fires spasm-red-flag-change - In checklist mode, whenever the answer changes. detail: `{ checked: string[], unsure: string[], level }`: the ids ticked "yes" and "not sure" in display order (both empty after "None of these"), and `level`, the highest level reached: `emergency`, `urgent` or `null`.
 * @slot - Nothing is slotted, but `<li>` elements inside (also inside a `<ul>`) are read as the clinic's own extra signs and shown, as plain text, after the built-in ones of their group. `data-id` names one in events when it is plain and not taken (otherwise, or without one: `custom-1`, `custom-2`, … counted over those signs alone, with one warning for a refused id); `data-level="urgent"` puts it in the get-help-today group (default: emergency).
 * @csspart heading - The heading.
 * @csspart group - One group of signs (a section in list mode, a fieldset in checklist mode).
 * @csspart list - The list of signs of a group (list mode).
 * @csspart item - One sign in the list (list mode).
 * @csspart option - One sign's label and checkbox (checklist mode).
 * @csspart not-sure - One sign's "Not sure" checkbox (checklist mode).
 * @csspart none-button - The "None of these" button (checklist mode).
 * @csspart cta - The emergency call to action.
 * @csspart call - The button-styled `tel:` link in the call to action.
 * @csspart urgent-cta - What to do for the get-help-today signs.
 * @cssprop [--spasm-color-emergency=#b3261e] - The emergency call to action and the markers of the signs.
 * @cssprop [--spasm-color-on-emergency=#ffffff] - Text on the call to action.
 * @cssprop [--spasm-color-urgent=#8a4b00] - The get-help-today call to action.
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons.
 * @cssprop [--spasm-color-text=#1b1f24] - Text.
 * @cssprop [--spasm-color-muted=#4a5360] - Secondary text.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-color-subtle=#eef2f6] - Notes.
 * @cssprop [--spasm-color-border=#8a94a0] - Borders of the checklist rows.
 * @cssprop [--spasm-color-focus=#1a73e8] - The focus ring.
 * @cssprop [--spasm-font-family=system-ui] - Font.
 * @cssprop [--spasm-font-size=medium] - Base text size: the browser's default (20px in kiosk mode).
 * @cssprop [--spasm-radius=8px] - Corner radius.
 * @cssprop [--spasm-space=16px] - Padding and gaps.
 * @cssprop [--spasm-touch-target=44px] - Smallest size of a control (48px in kiosk mode).
 */
export class RedFlagList extends SpasmElement {
  static override styles = [theme, warningSignsStyles, choiceStyles, styles];

  static override properties = {
    mode: {},
    groups: {},
    emergencyNumber: { attribute: 'emergency-number' },
    headingLevel: { attribute: 'heading-level' },
    alert: { type: Boolean, reflect: true },
    level: { reflect: true },
    answers: { state: true, attribute: false },
    noneChosen: { state: true, attribute: false },
  };

  /** `list` (default) to read the signs, or `checklist` to answer them. */
  mode = 'list';

  /** Which groups to show, comma-separated: `emergency` (CONTENT.md §6), `urgent` (§7). Default both. */
  groups = 'emergency,urgent';

  /** The number to call: digits, +, spaces and dashes, 2–20 characters. Default `911`. */
  emergencyNumber = '911';

  /** The heading's level for assistive technology, 1–6 (group headings one below). Default `2`. */
  headingLevel = '2';

  /** Reflected (don't set it): present while any sign is ticked "yes" or "not sure" in checklist mode. */
  alert = false;

  /** Reflected (don't set it): the highest level reached in checklist mode, `emergency` or `urgent`; absent otherwise. */
  level: SignLevel | null = null;

  /** Sign id → `yes` or `not-sure`. */
  private answers: Readonly<Record<string, 'yes' | 'not-sure'>> = {};
  private noneChosen = false;

  private observer = new MutationObserver(() => this.requestUpdate());

  /** The ids ticked "yes", in display order. */
  get checked(): string[] {
    return this.idsWith('yes');
  }

  /** The ids ticked "not sure", in display order. */
  get unsure(): string[] {
    return this.idsWith('not-sure');
  }

  private idsWith(value: 'yes' | 'not-sure'): string[] {
    return this.signs().filter((s) => this.answers[s.id] === value).map((s) => s.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-id', 'data-level'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  reset(): void {
    this.answers = {};
    this.noneChosen = false;
    this.announcer.clear();
  }

  private readonly settings = new Settings(this, {
    number: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
    groups: { attribute: 'groups', raw: () => this.groups, parse: groupList },
    mode: { attribute: 'mode', raw: () => this.mode, parse: modes },
    level: { attribute: 'heading-level', raw: () => this.headingLevel, parse: headingLevel },
  });
  private readonly announcer = new Announcer(this);

  private get number(): string {
    return this.settings.values.number;
  }
  private get shownGroups(): SignLevel[] {
    return this.settings.values.groups;
  }
  private get isChecklist(): boolean {
    return this.settings.values.mode === 'checklist';
  }

  override willUpdate(): void {
    this.settings.refresh();
    const level = this.isChecklist ? this.reached() : null;
    this.level = level;
    this.alert = level !== null;
  }

  /** The signs on show, built-in first, then the clinic's, group by group. */
  private signs(): Shown[] {
    const custom = clinicSigns(this, BUILT_IN).map((c) => ({ ...c, notSure: c.level, custom: true }));
    const builtIn = (list: typeof EMERGENCY_SIGNS | typeof URGENT_SIGNS) =>
      list.map((s) => ({ id: s.id, level: s.level, notSure: s.notSure, text: s.text() }));
    return this.shownGroups.flatMap((g) => [
      ...builtIn(g === 'emergency' ? EMERGENCY_SIGNS : URGENT_SIGNS),
      ...custom.filter((c) => c.level === g),
    ]);
  }

  private reached(): SignLevel | null {
    let best: SignLevel | null = null;
    for (const s of this.signs()) {
      const a = this.answers[s.id];
      const l = a === 'yes' ? s.level : a === 'not-sure' ? s.notSure : null;
      if (rank(l) > rank(best)) best = l;
    }
    return best;
  }

  private answer(id: string, value: 'yes' | 'not-sure', on: boolean): void {
    const before = this.reached();
    const next = { ...this.answers };
    if (on) next[id] = value;
    else if (next[id] === value) delete next[id];
    this.answers = next;
    if (on) this.noneChosen = false;
    this.changed(before);
  }

  private chooseNone(): void {
    const before = this.reached();
    this.answers = {};
    this.noneChosen = true;
    this.changed(before);
  }

  /**
   * Says the call to action when the level rises (once, not on every tick),
   * and reports the change. Focus stays on the checkbox the patient used.
   */
  private changed(before: SignLevel | null): void {
    const now = this.reached();
    if (rank(now) > rank(before)) {
      this.announcer.assertive(now === 'emergency' ? emergencyText(this.number, this.kiosk, 'urgent') : urgentText(this.kiosk));
    } else if (now === null) {
      this.announcer.clear();
    }
    void this.emitAfterRender('spasm-red-flag-change', { checked: this.checked, unsure: this.unsure, level: now });
  }

  private groupTitle(g: SignLevel): string {
    return g === 'emergency'
      ? msg('Call for emergency help now if you have any of these', { id: 'signs.emergency-title' })
      : msg('Get medical help today if you have any of these', { id: 'signs.urgent-title' });
  }

  override render() {
    const signs = this.signs();
    const title =
      this.shownGroups.length === 1 && this.shownGroups[0] === 'emergency'
        ? msg('Emergency warning signs', { id: 'flags.heading' })
        : msg('Warning signs', { id: 'flags.heading-all' });
    return html`
      <div class="heading" role="heading" aria-level=${this.settings.values.level} part="heading">${title}</div>
      ${this.isChecklist ? this.renderChecklist(signs) : this.renderList(signs)}
      <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
    `;
  }

  private cta(g: SignLevel, variant: 'list' | 'urgent') {
    return g === 'emergency'
      ? emergencyCta(this.number, this.kiosk, variant)
      : html`<p class="urgent-cta" part="urgent-cta">${urgentText(this.kiosk)}</p>`;
  }

  private renderList(signs: Shown[]) {
    const sub = Math.min(6, this.settings.values.level + 1);
    return html`
      <p class="intro">
        ${msg('Back pain with any of these signs needs medical help: some now, some today.', { id: 'flags.intro-v2' })}
      </p>
      ${this.shownGroups.map(
        (g) => html`
          <section class="group ${g}" part="group">
            <div class="signs-title" role="heading" aria-level=${sub}>${this.groupTitle(g)}</div>
            <ul class="signs" part="list">
              ${signs.filter((s) => s.level === g).map((s) => html`<li part="item">${s.custom ? html`<bdi>${s.text}</bdi>` : s.text}</li>`)}
            </ul>
            ${this.cta(g, 'list')}
          </section>
        `,
      )}
    `;
  }

  private renderChecklist(signs: Shown[]) {
    const level = this.level;
    const number = ltr(this.number);
    return html`
      <p class="intro">
        ${msg('Since your back pain started, have you had any of these, even if they have stopped? Tick each one, or "Not sure".', {
          id: 'flags.checklist-intro',
        })}
      </p>
      ${this.shownGroups.map((g) => {
        const own = signs.filter((s) => s.level === g);
        // The call to action shows beside the group whose level the answers reach.
        const reached = level === g || (g === 'urgent' && level === 'emergency' && !this.shownGroups.includes('emergency'));
        return html`
          <fieldset class="group ${g}" part="group">
            <legend>${this.groupTitle(g)}</legend>
            ${own.map((s) => this.renderRow(s))}
          </fieldset>
          ${reached ? this.cta(g, 'urgent') : nothing}
        `;
      })}
      <button type="button" part="none-button" @click=${() => this.chooseNone()}>${msg('None of these', { id: 'flags.none' })}</button>
      ${this.noneChosen
        ? html`<p class="note" role="status">
            ${msg(
              str`None of these signs: good. If any of them start, or you are worried, call ${number} or go to the nearest emergency department.`,
              { id: 'flags.none-note' },
            )}
          </p>`
        : nothing}
      ${this.announcer.render()}
    `;
  }

  private renderRow(s: Shown) {
    const a = this.answers[s.id];
    const notSure = msg('Not sure', { id: 'answer.not-sure' });
    return html`
      <div class="row">
        <label class="option" part="option">
          <input
            type="checkbox"
            name=${s.id}
            .checked=${a === 'yes'}
            @change=${(e: Event) => this.answer(s.id, 'yes', (e.target as HTMLInputElement).checked)}
          />
          <span>${s.custom ? html`<bdi>${s.text}</bdi>` : s.text}</span>
        </label>
        <label class="option unsure" part="not-sure">
          <input
            type="checkbox"
            name=${`${s.id}:not-sure`}
            aria-label=${`${notSure}: ${s.custom ? isolate(s.text) : s.text}`}
            .checked=${a === 'not-sure'}
            @change=${(e: Event) => this.answer(s.id, 'not-sure', (e.target as HTMLInputElement).checked)}
          />
          <span aria-hidden="true">${notSure}</span>
        </label>
      </div>
    `;
  }
}

define('red-flag-list', RedFlagList);

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-list': RedFlagList;
  }
}
