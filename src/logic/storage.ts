/**
 * Persistence through a small key-value interface, so logic never touches
 * localStorage directly and tests pass a fake. Every key the library writes
 * starts with STORAGE_PREFIX, so a kiosk can remove all of it.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const STORAGE_PREFIX = 'spasm-widgets:';

/** An in-memory store, for kiosk mode, tests, and when real storage is unusable. */
export function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
  };
}

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

/** Removes every key this library wrote. Returns how many went. */
export function clearLibraryStorage(store: KeyValueStore | null): number {
  if (!store) return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
    }
    keys.forEach((k) => store.removeItem(k));
    return keys.length;
  } catch {
    return 0;
  }
}
