/**
 * The clinic's own warning signs, written into the page as `<li>` children of
 * an element (directly, or inside a `<ul>` or `<ol>`), read as plain text.
 */

export interface ClinicSign {
  id: string;
  text: string;
  /** `data-level="urgent"` puts a sign in the get-help-today group; anything else is an emergency sign. */
  level: 'emergency' | 'urgent';
}

/** Elements whose content is not words on the page: their source never becomes a sign. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
/** Elements that end a line: their words do not run into the next ones. */
const BREAKS = new Set(['br', 'p', 'div', 'ul', 'ol', 'li']);

/** A usable `data-id`: plain enough for a clinic's own event handling. `custom-N` is ours. */
const OWN_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const AUTO_ID = /^custom-\d+$/;

/** The words of `node` as a reader sees them: text only, white space folded. */
export function plainText(node: Node): string {
  let out = '';
  const walk = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += (child as Text).data;
      else if (child.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has((child as Element).localName)) {
        const breaks = BREAKS.has((child as Element).localName);
        if (breaks) out += ' ';
        walk(child);
        if (breaks) out += ' ';
      }
    }
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

const warned = new WeakMap<Element, Set<string>>();
function warnOnce(host: Element, message: string): void {
  const seen = warned.get(host) ?? new Set<string>();
  warned.set(host, seen);
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${host.localName}> ${message}`);
}

/**
 * The signs in `host`'s `<li>` children, in page order, skipping empty ones.
 * Each keeps its `data-id` when that is plain, unused and not one of `taken`
 * (the built-in ids); any other gets `custom-1`, `custom-2`, … counted over
 * those alone, so giving one sign an id never renumbers the rest. A refused
 * `data-id` earns one console warning.
 */
export function clinicSigns(host: Element, taken: readonly string[]): ClinicSign[] {
  const used = new Set(taken);
  const signs: ClinicSign[] = [];
  // A list inside a sign belongs to that sign's text, not a sign of its own.
  const items = [...host.querySelectorAll('li')].filter((li) => !host.contains(li.parentElement?.closest('li') ?? null));
  let next = 1;
  for (const li of items) {
    const text = plainText(li);
    if (!text) continue;
    const own = li.getAttribute('data-id')?.trim();
    let id = own && OWN_ID.test(own) && !AUTO_ID.test(own) && !used.has(own) ? own : undefined;
    if (own && !id) warnOnce(host, `<li data-id="${own}"> is not a usable id (plain, unique, not a built-in sign's); using a custom-N id.`);
    while (!id) {
      const candidate = `custom-${next++}`;
      if (!used.has(candidate)) id = candidate;
    }
    used.add(id);
    const level = li.getAttribute('data-level')?.trim().toLowerCase() === 'urgent' ? 'urgent' : 'emergency';
    signs.push({ id, text, level });
  }
  return signs;
}
