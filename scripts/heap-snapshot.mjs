// Heap snapshots over Chromium's DevTools protocol, summed in three parts,
// for the bench: what the engine keeps for itself (compiled code, type
// feedback, object shapes, bytecode: it grows as hot functions get
// optimised, then levels off); the browser's performance timeline of long
// tasks and long animation frames (Chromium keeps up to 200 of each, with the
// scripts that ran in them); and everything else (JS objects, strings,
// closures, DOM and other browser objects: where a leak in the page's code
// would show).

/** V8's own objects: its code, feedback and shapes, and what the snapshot files as "system / …" natives. */
const isEngine = (type, name) => type === 'code' || type === 'object shape' || (type === 'native' && name.startsWith('system / '));

/** Entries of the performance timeline and what they hold (kinds named by Blink). */
const isTimeline = (type, name) => type === 'native' && /Performance(LongAnimationFrame|LongTask|Script)Timing|ScriptTimingInfo|TaskAttributionTiming/.test(name);

/**
 * A name for a kind of object: its constructor or native class; strings all
 * count as one kind. Blink's container classes are shortened to the class they
 * hold: `blink::HeapHashTableBacking<…TreeScope…>`.
 */
function kindOf(type, name) {
  if (type.includes('string')) return 'string';
  const open = name.indexOf('<');
  if (open < 0) return `${type} ${name}`;
  const held = name.slice(open).match(/blink::(?!HashTable|KeyValuePair|HashTraits|HashMapValueTraits|HeapAllocator|IdentityExtractor)(\w+)/)?.[1];
  return `${type} ${name.slice(0, open)}<…${held ?? ''}…>`;
}

/**
 * Takes a snapshot (which collects garbage first) through `cdp`, a puppeteer
 * CDPSession, and returns `{ engine, timeline, objects, kinds }`: bytes of
 * the engine's own objects, of the performance timeline, of everything else,
 * and for everything else a Map from kind to `{ count, bytes }`.
 */
export async function heapSnapshot(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  let engine = 0;
  let timeline = 0;
  let objects = 0;
  const kinds = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + iType]];
    const name = strings[nodes[i + iName]];
    const bytes = nodes[i + iSize];
    if (isEngine(type, name)) {
      engine += bytes;
      continue;
    }
    if (isTimeline(type, name)) {
      timeline += bytes;
      continue;
    }
    objects += bytes;
    const kind = kindOf(type, name);
    const k = kinds.get(kind) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += bytes;
    kinds.set(kind, k);
  }
  return { engine, timeline, objects, kinds };
}

/** The kinds whose bytes grew most from snapshot `a` to `b`, as `[{ kind, count, bytes }]` (count and bytes are the growth). */
export function grownKinds(a, b, top = 3) {
  return [...b.kinds]
    .map(([kind, k]) => ({ kind, count: k.count - (a.kinds.get(kind)?.count ?? 0), bytes: k.bytes - (a.kinds.get(kind)?.bytes ?? 0) }))
    .filter((k) => k.bytes > 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
}

/** The kinds whose number grew by at least `least` from `a` to `b`. */
export function multipliedKinds(a, b, least) {
  return [...b.kinds]
    .map(([kind, k]) => ({ kind, count: k.count - (a.kinds.get(kind)?.count ?? 0) }))
    .filter((k) => k.count >= least);
}
