import { StoredRecord } from '../../../src/core/record.js';
import type { KeyValueStore } from '../../../src/core/storage.js';
import { isTimerData, type TimerData } from '../../../src/logic/heat-ice-timer.js';

/**
 * The timer's saved record as a second tab sees it: its own document (so it
 * claims the key for itself), reading and writing `store` under `key`.
 * Disconnect it at the end.
 */
export function otherTab(ownerDocument: Document, store: KeyValueStore, key: string): StoredRecord<TimerData> {
  const host = { ownerDocument, localName: 'heat-ice-timer', addController: () => {} };
  const record = new StoredRecord<TimerData>(host as never, {
    store: () => store,
    key: () => key,
    isValid: isTimerData,
    onChange: () => {},
  });
  record.hostConnected();
  return record;
}
