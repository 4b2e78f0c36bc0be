import { expect } from '@open-wc/testing';
import { SafeRecord } from '../../src/core/record.js';
import { clearLibraryStorage, memoryStore, STORAGE_PREFIX, type KeyValueStore } from '../../src/core/storage.js';

const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number');

function throwingStore(on: 'read' | 'write'): KeyValueStore {
  const store = memoryStore();
  return {
    ...store,
    get length() {
      return store.length;
    },
    getItem: (k) => {
      if (on === 'read') throw new Error('SecurityError');
      return store.getItem(k);
    },
    setItem: (k, v) => {
      if (on === 'write') throw new Error('QuotaExceededError');
      store.setItem(k, v);
    },
  };
}

describe('storage', () => {
  it('round-trips JSON under its key', () => {
    const store = memoryStore();
    const rec = new SafeRecord<number[]>(store, `${STORAGE_PREFIX}x`);
    expect(rec.read(isNumberList)).to.equal(undefined);
    rec.write([1, 2]);
    expect(store.getItem(`${STORAGE_PREFIX}x`)).to.equal('[1,2]');
    expect(rec.read(isNumberList)).to.deep.equal([1, 2]);
    rec.clear();
    expect(rec.read(isNumberList)).to.equal(undefined);
  });

  it('treats garbage and wrongly shaped data as nothing, reporting once', () => {
    const store = memoryStore();
    const problems: string[] = [];
    const rec = new SafeRecord<number[]>(store, 'k', (m) => problems.push(m));
    store.setItem('k', '{not json');
    expect(rec.read(isNumberList)).to.equal(undefined);
    store.setItem('k', '{"a":1}');
    expect(rec.read(isNumberList)).to.equal(undefined);
    expect(problems).to.have.length(1);
  });

  it('survives storage that throws on read or on write, reporting once', () => {
    for (const on of ['read', 'write'] as const) {
      const problems: string[] = [];
      const rec = new SafeRecord<number[]>(throwingStore(on), 'k', (m) => problems.push(m));
      expect(() => rec.write([1])).not.to.throw();
      expect(() => rec.write([2])).not.to.throw();
      expect(() => rec.read(isNumberList)).not.to.throw();
      expect(problems, on).to.have.length(1);
    }
  });

  it('works with no storage at all', () => {
    const rec = new SafeRecord<number[]>(null, 'k');
    rec.write([1]);
    expect(rec.read(isNumberList)).to.equal(undefined);
  });

  it('clears only what the library wrote', () => {
    const store = memoryStore();
    store.setItem(`${STORAGE_PREFIX}a`, '1');
    store.setItem(`${STORAGE_PREFIX}b`, '2');
    store.setItem('clinic-cart', '3');
    expect(clearLibraryStorage(store)).to.equal(2);
    expect(store.length).to.equal(1);
    expect(store.getItem('clinic-cart')).to.equal('3');
    expect(clearLibraryStorage(null)).to.equal(0);
  });
});
