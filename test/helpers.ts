/** Shared test helpers. */

/** Records console.warn calls until restore() is called. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Collects the detail of every `name` event that reaches `target`. */
export function recordEvents<T = unknown>(target: EventTarget, name: string): T[] {
  const details: T[] = [];
  target.addEventListener(name, (e) => details.push((e as CustomEvent<T>).detail));
  return details;
}

/** The element inside `host`'s shadow root matching `selector`; throws when missing. */
export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Visible text of an element, white space folded. */
export const textOf = (el: Element): string => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/** Adds a stylesheet to the page for one test; returns its remover. */
export function pageStyle(cssText: string): () => void {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return () => style.remove();
}

/** Moves `el` into a new section at the end of the page (a tab panel, a modal, a re-ordered list); returns the section. */
export function moveElsewhere(el: Element): HTMLElement {
  const elsewhere = document.createElement('section');
  document.body.append(elsewhere);
  elsewhere.append(el);
  return elsewhere;
}

/** The text of `selector` in `el`'s shadow root, or undefined while it is not there. */
export const shadowText = (el: Element, selector: string): string | undefined =>
  el.shadowRoot!.querySelector(selector)?.textContent ?? undefined;

type Updating = Element & { updateComplete: Promise<unknown> };

/**
 * Clicks the button in `host`'s shadow root whose visible text is `label`
 * (throws when there is none) and waits for the render, and for the one more
 * a render may ask for (moving focus, firing its event).
 */
export async function press(host: Updating, label: string): Promise<void> {
  const button = shadowAll<HTMLButtonElement>(host, 'button').find((b) => textOf(b) === label);
  if (!button) throw new Error(`${host.localName} has no "${label}" button`);
  button.click();
  await host.updateComplete;
  await host.updateComplete;
}
