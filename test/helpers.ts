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
