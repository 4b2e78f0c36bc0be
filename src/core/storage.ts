import type { KeyValueStore } from '../logic/storage.js';

/** window.localStorage, or null where even touching it throws (sandboxed frames, some privacy modes). */
export function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
