import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeyValueStore } from './storage.js';

/**
 * Reads and writes JSON under one prefixed key, never throwing: storage that
 * is missing, full, disabled or holding garbage gives `undefined` on read and
 * is reported once through `onProblem`, and the caller carries on in memory.
 */
export class SafeRecord<T> {
  private reported = false;

  constructor(
    private readonly store: KeyValueStore | null,
    readonly key: string,
    private readonly onProblem: (message: string) => void = () => {},
  ) {}

  private problem(message: string): void {
    if (this.reported) return;
    this.reported = true;
    this.onProblem(message);
  }

  /** The stored value if it parses and passes `isValid`, else undefined. */
  read(isValid: (value: unknown) => value is T): T | undefined {
    let raw: string | null;
    try {
      raw = this.store?.getItem(this.key) ?? null;
    } catch (e) {
      this.problem(`storage could not be read (${(e as Error).message}); keeping everything in memory`);
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      if (isValid(value)) return value;
    } catch {
      // fall through: garbage
    }
    this.problem(`ignored unreadable saved data under "${this.key}"`);
    return undefined;
  }

  write(value: T): void {
    try {
      this.store?.setItem(this.key, JSON.stringify(value));
    } catch (e) {
      this.problem(`storage could not be written (${(e as Error).message}); keeping everything in memory`);
    }
  }

  clear(): void {
    try {
      this.store?.removeItem(this.key);
    } catch {
      // nothing to lose
    }
  }
}

/**
 * What StoredRecord writes: the value with a revision that every write bumps,
 * or `value: null` for "cleared" (kept, not removed, so its revision still
 * outranks a stale tab's copy).
 */
interface Revision<T> {
  rev: number;
  value: T | null;
}

// Per document: two tabs, or a page and its frame, are separate pages.
const claimsByDocument = new WeakMap<Document, Map<string, Element>>();
const warnedClash = new WeakSet<Element>();

function claimsOf(el: Element): Map<string, Element> {
  let claims = claimsByDocument.get(el.ownerDocument);
  if (!claims) claimsByDocument.set(el.ownerDocument, (claims = new Map()));
  return claims;
}

/**
 * Takes `key` for `el` while it is on the page. When another element holds it
 * already (two timers without an id), `el` gets the next free `key~2`, `key~3`
 * … in page order, so each keeps its own data across reloads, and one warning
 * names the clash.
 */
export function claimKey(el: Element, key: string): string {
  const claims = claimsOf(el);
  let n = 1;
  let taken = key;
  while (claims.has(taken) && claims.get(taken) !== el) taken = `${key}~${++n}`;
  claims.set(taken, el);
  if (taken !== key && !warnedClash.has(el)) {
    warnedClash.add(el);
    console.warn(
      `<${el.localName}> another element on this page saves under "${key}"; this one uses "${taken}". Give each its own id or storage-key.`,
    );
  }
  return taken;
}

export function releaseKey(el: Element, key: string): void {
  const claims = claimsOf(el);
  if (claims.get(key) === el) claims.delete(key);
}

export interface StoredRecordOptions<T> {
  /** Where to save; null keeps everything in memory (kiosk mode, no storage). */
  store: () => KeyValueStore | null;
  /** The key the host would like; a clash with another element on the page gets a suffix (see claimKey). */
  key: () => string;
  isValid: (value: unknown) => value is T;
  /** Another tab (or a stale write refused here) changed the saved value: show it. Undefined means cleared. */
  onChange: (value: T | undefined) => void;
}

/**
 * One element's saved value, shared by every tab of the site: a change in one
 * tab reaches the others through the `storage` event, and a tab that missed a
 * change (frozen, in the back/forward cache) cannot write over it, because
 * each write names the revision it started from and a newer one wins. So a
 * round cancelled in one tab stays cancelled in all of them.
 */
export class StoredRecord<T> implements ReactiveController {
  private record: SafeRecord<Revision<T> | T> | undefined;
  private store: KeyValueStore | null = null;
  private wanted = '';
  private rev = 0;

  private readonly onStorage = (e: StorageEvent) => {
    this.open();
    if (!this.record || (e.key !== null && e.key !== this.record.key)) return;
    if (e.storageArea && e.storageArea !== this.store) return;
    const saved = this.readRevision();
    if (saved && saved.rev > this.rev) {
      this.rev = saved.rev;
      this.options.onChange(saved.value ?? undefined);
    }
  };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: StoredRecordOptions<T>,
  ) {
    host.addController(this);
  }

  /** The key in use, once connected. */
  get key(): string | undefined {
    return this.record?.key;
  }

  hostConnected(): void {
    this.host.ownerDocument.defaultView?.addEventListener('storage', this.onStorage);
    // Claimed now, in page order, so two elements sharing a default key get the same suffixes after a reload.
    this.open();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.defaultView?.removeEventListener('storage', this.onStorage);
    if (this.record) releaseKey(this.host, this.record.key);
    this.record = undefined;
  }

  /**
   * The saved value (undefined when there is none, it was cleared, or it is
   * unreadable). Call when the store or key may have changed; it re-opens the
   * record only then.
   */
  read(): T | undefined {
    this.open();
    const saved = this.readRevision();
    this.rev = saved?.rev ?? 0;
    return saved?.value ?? undefined;
  }

  /**
   * Saves `value` unless another tab saved since this one last read or wrote;
   * then nothing is written, onChange gets the newer value, and this returns false.
   */
  write(value: T | null): boolean {
    this.open();
    const saved = this.readRevision();
    if (saved && saved.rev > this.rev) {
      this.rev = saved.rev;
      this.options.onChange(saved.value ?? undefined);
      return false;
    }
    this.rev = (saved?.rev ?? this.rev) + 1;
    this.record!.write({ rev: this.rev, value });
    return true;
  }

  /** Forgets the saved value in every tab (unless a newer one was saved meanwhile). */
  clear(): boolean {
    return this.write(null);
  }

  private open(): void {
    const store = this.options.store();
    const wanted = this.options.key();
    const same = this.store === store && this.wanted === wanted;
    if (this.record && same) return;
    if (this.record) releaseKey(this.host, this.record.key);
    // Nothing is saved without a store (kiosk mode), so nothing can clash.
    const key = store ? claimKey(this.host, wanted) : wanted;
    this.store = store;
    this.wanted = wanted;
    this.record = new SafeRecord<Revision<T> | T>(store, key, (m) => console.warn(`<${this.host.localName}> ${m}.`));
    // Moved in the page, the same record keeps its revision: its next write is not refused as stale.
    if (!same) this.rev = 0;
  }

  private readRevision(): Revision<T> | undefined {
    const { isValid } = this.options;
    // Data saved before revisions existed reads as revision 0.
    const isRevision = (v: unknown): v is Revision<T> =>
      typeof v === 'object' && v !== null && typeof (v as Revision<T>).rev === 'number' &&
      'value' in v && ((v as Revision<T>).value === null || isValid((v as Revision<T>).value));
    const legacy = (v: unknown): v is Revision<T> | T => isRevision(v) || isValid(v);
    const raw = this.record?.read(legacy);
    if (raw === undefined) return undefined;
    return isRevision(raw) ? raw : { rev: 0, value: raw as T };
  }
}
