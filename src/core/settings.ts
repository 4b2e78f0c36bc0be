import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { settingText, type Parser, type RawSetting } from './attributes.js';

const warned = new WeakMap<Element, Set<string>>();

/** Anything but a string, number or boolean is read as its text, so a parser never meets an object. */
const asRaw = (raw: unknown): RawSetting =>
  raw == null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : settingText(raw);

/**
 * Parses one setting of `el` and, when the value is unusable, warns once per
 * element, attribute and value, saying what is used instead. Whatever type
 * arrives (an attribute's string, a framework's number or boolean, null) goes
 * through the same parser, so no setting can throw.
 */
export function readSetting<T>(el: Element, attribute: string, raw: unknown, parse: Parser<T>): T {
  const given = asRaw(raw);
  const { value, expected } = parse(given);
  if (!expected) return value;
  const seen = warned.get(el) ?? new Set<string>();
  warned.set(el, seen);
  const key = `${attribute}\u0000${typeof given}\u0000${String(given)}`;
  if (!seen.has(key)) {
    seen.add(key);
    const used = value == null ? 'nothing' : `"${Array.isArray(value) ? value.join(',') : value}"`;
    console.warn(`<${el.localName}> ${attribute}="${String(given)}" is not valid (expected ${expected}); using ${used}.`);
  }
  return value;
}

/** How to read one setting: its attribute's name (for warnings), the raw property, and its parser. */
export interface SettingSpec<T> {
  attribute: string;
  raw: () => unknown;
  parse: Parser<T>;
}

export type SettingSpecs<S> = { [K in keyof S]: SettingSpec<S[K]> };

/**
 * An element's settings as typed values. Before each render (after the host's
 * willUpdate) every setting whose raw value changed is parsed once; render and
 * event handlers read `values`. A host whose willUpdate needs them first calls
 * `refresh()` there.
 */
export class Settings<S extends object> implements ReactiveController {
  private readonly last = new Map<keyof S, unknown>();
  private current = {} as S;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly specs: SettingSpecs<S>,
  ) {
    host.addController(this);
  }

  /** The parsed settings as of the last refresh (the last update, or a call to refresh()). */
  get values(): Readonly<S> {
    if (this.last.size === 0) this.refresh();
    return this.current;
  }

  /** Parses whatever changed since the last call. */
  refresh(): Readonly<S> {
    for (const key of Object.keys(this.specs) as (keyof S)[]) {
      const spec = this.specs[key];
      const raw = spec.raw();
      if (this.last.has(key) && Object.is(this.last.get(key), raw)) continue;
      this.last.set(key, raw);
      this.current = { ...this.current, [key]: readSetting(this.host, spec.attribute, raw, spec.parse) };
    }
    return this.current;
  }

  hostUpdate(): void {
    this.refresh();
  }
}
