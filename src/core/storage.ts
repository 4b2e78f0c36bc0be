/**
 * Where saved data lives: a small key-value interface (localStorage has it),
 * so elements never touch localStorage directly and tests pass a fake. Every
 * key the library writes starts with STORAGE_PREFIX, so a kiosk can remove all
 * of it.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const STORAGE_PREFIX = 'spasm-widgets:';

/** window.localStorage, or null where even touching it throws (sandboxed frames, some privacy modes). */
export function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

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
