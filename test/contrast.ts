/** Measured colour contrast, for the few things axe cannot judge (rings, outlines, SVG strokes). */

/** The channels of a computed colour (`rgb(…)`, `rgba(…)` or `color(srgb …)`), 0–255, with alpha 0–1. */
export function channels(c: string): [number, number, number, number] {
  const nums = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
  if (c.startsWith('color(')) {
    const [r = 0, g = 0, b = 0, a = 1] = nums;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r = 0, g = 0, b = 0, a = 1] = nums;
  return [r, g, b, a];
}

const luminance = (c: string): number => {
  const [r, g, b] = channels(c).slice(0, 3).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of two opaque computed colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first opaque background behind `el`, looking up through shadow roots (white if none). */
export function backgroundBehind(el: Element): string {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (!(n instanceof Element)) continue;
    const bg = getComputedStyle(n).backgroundColor;
    if (channels(bg)[3] > 0.99) return bg;
  }
  return 'rgb(255, 255, 255)';
}

const shown = (n: Element) => n.getClientRects().length > 0 && !n.closest('details:not([open]) > :not(summary)');

/**
 * WCAG 1.4.11 on every control shown in `host`'s shadow root: a button's edge
 * (its border or its own fill) stands out 3:1 from what is behind it, and the
 * focus ring is 3:1 against that background too, measured on the control
 * while it shows focus. Disabled controls are exempt. Returns how many rings
 * were measured (a browser may refuse to show focus-visible on demand).
 */
export function checkControls(host: Element, where: string): number {
  const root = host.shadowRoot!;
  let rings = 0;
  const before = (root.activeElement as HTMLElement | null) ?? null;
  for (const c of root.querySelectorAll<HTMLElement>('button, .button, summary')) {
    if (!shown(c) || (c as HTMLButtonElement).disabled) continue;
    const s = getComputedStyle(c);
    const behind = backgroundBehind(c.parentElement ?? host);
    const fill = channels(s.backgroundColor)[3] > 0.99 ? contrast(s.backgroundColor, behind) : 1;
    const border =
      parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none' && channels(s.borderTopColor)[3] > 0.99 ? contrast(s.borderTopColor, behind) : 1;
    const isLink = c.localName === 'summary' || (fill < 1.01 && border < 1.01);
    if (!isLink) {
      const edge = Math.max(fill, border);
      if (edge < 3) throw new Error(`${where}: "${c.textContent?.trim()}" edge ${edge.toFixed(2)}:1 against ${behind}`);
    }
    c.focus({ focusVisible: true } as FocusOptions);
    if (c.matches(':focus-visible')) {
      const f = getComputedStyle(c);
      if (f.outlineStyle === 'none' || parseFloat(f.outlineWidth) < 2)
        throw new Error(`${where}: "${c.textContent?.trim()}" shows no focus ring`);
      const ring = contrast(f.outlineColor, behind);
      if (ring < 3) throw new Error(`${where}: "${c.textContent?.trim()}" focus ring ${ring.toFixed(2)}:1 (${f.outlineColor} on ${behind})`);
      rings++;
    }
  }
  before?.focus();
  return rings;
}
