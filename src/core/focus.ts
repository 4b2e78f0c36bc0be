import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/** Input that counts as the patient acting inside the element. */
const ACTIONS = ['click', 'keydown', 'pointerdown', 'input', 'change', 'submit'] as const;

/** The focused element, looking inside open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `host` or inside it, crossing shadow boundaries. */
function within(host: Element, node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === host) return true;
  return false;
}

/**
 * Moves focus only in answer to the patient's own action inside the host: a
 * step they asked for, an answer they gave. A timer's tick, a saved state
 * loading or another tab's change never moves it, and focus already in
 * something outside the host (a form field elsewhere on the page) is never
 * taken.
 */
export class FocusGuard implements ReactiveController {
  private acting = false;
  private clearing: ReturnType<typeof setTimeout> | undefined;
  private readonly onAction = () => {
    this.acting = true;
    clearTimeout(this.clearing);
    // Cleared in a task of its own, so a handler's code and the microtasks it starts still count as answering this action, and the next timer callback does not.
    this.clearing = setTimeout(() => (this.acting = false));
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether the patient's own input inside the host is being handled right now. */
  get patientActing(): boolean {
    return this.acting;
  }

  hostConnected(): void {
    for (const type of ACTIONS) this.host.addEventListener(type, this.onAction, { capture: true });
  }

  hostDisconnected(): void {
    for (const type of ACTIONS) this.host.removeEventListener(type, this.onAction, { capture: true });
    clearTimeout(this.clearing);
    this.acting = false;
  }

  /**
   * After the next render, focuses the first match of `selector` (give it
   * tabindex="-1" if it is not focusable by itself), but only when called while
   * the patient is acting inside the host. Resolves to whether focus moved.
   */
  afterAction(selector: string): Promise<boolean> {
    return this.acting ? this.move(selector, true) : Promise.resolve(false);
  }

  /**
   * After the next render, focuses `selector` if focus is inside the host or
   * nowhere (say its focused control was just removed), whatever caused it:
   * for putting focus back somewhere sensible, never for taking it.
   */
  whenFree(selector: string): Promise<boolean> {
    return this.move(selector);
  }

  /**
   * After the next render, focuses `selector` only if focus is inside the host
   * now: a step changed under the patient's hands (their focused button is
   * about to go), so focus follows rather than falling to the page.
   */
  ifInside(selector: string): Promise<boolean> {
    return within(this.host, deepActive()) ? this.move(selector) : Promise.resolve(false);
  }

  private async move(selector: string, byPatient = false): Promise<boolean> {
    await this.host.updateComplete;
    const active = deepActive();
    // The patient's own action inside the host may take focus from anywhere (Safari does not even
    // focus a clicked button); anything else never takes it from outside the host.
    if (!byPatient && active && active !== document.body && !within(this.host, active)) return false;
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return false;
    target.focus();
    return true;
  }
}
