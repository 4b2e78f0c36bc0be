import { VERSION } from './version.js';

let warned = false;

/**
 * Defines `tag` unless it is already taken. A page that loads the script
 * twice (or two versions of it) keeps the first definition; a different
 * version earns one console warning for the whole copy. Where there is no
 * `customElements` (server rendering in Node) it does nothing.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { spasmVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.spasmVersion === VERSION || warned) return;
  warned = true;
  const owner = existing.spasmVersion ? `spasm-widgets ${existing.spasmVersion}` : 'another script';
  console.warn(
    `spasm-widgets ${VERSION}: <${tag}> is already defined by ${owner}; that definition is kept. ` +
      'Load spasm-widgets once per page.',
  );
}
