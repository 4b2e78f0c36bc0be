/**
 * Turns: work that would make one long task if done together, done one piece
 * per task instead. A clinic page with five widgets upgrades them all while
 * the script runs, and Lit would then render every one of them in that same
 * task: on a slow phone a third of a second in which a tap goes unanswered.
 * Each first render takes a turn, top of the page first, so the page can
 * draw and answer input between widgets.
 */

/** Resolves in a new task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // A message is a task without setTimeout's 4 ms clamp on nested timers.
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

interface Waiting {
  resolve: () => void;
  node?: Node;
}

const waiting: Waiting[] = [];
let serving = false;

/** The waiting turn to serve next: the first in the page, else the first asked. */
function next(): Waiting {
  let best = 0;
  for (let i = 1; i < waiting.length; i++) {
    const a = waiting[best]!.node;
    const b = waiting[i]!.node;
    if (!a?.isConnected || !b?.isConnected) continue;
    const position = b.compareDocumentPosition(a);
    if (!(position & Node.DOCUMENT_POSITION_DISCONNECTED) && position & Node.DOCUMENT_POSITION_FOLLOWING) best = i;
  }
  return waiting.splice(best, 1)[0]!;
}

/** Whether the first turn has been served: it goes just before the page's first paint. */
let painted = false;

/**
 * Resolves just before the browser's next paint, or after 100 ms if no frame
 * comes by then: a hidden page, or an embed box scrolled out of sight, may
 * not draw at all, and the widgets must not wait for that.
 */
function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') return nextTask();
  return new Promise((resolve) => {
    const done = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(done);
    const timer = setTimeout(done, 100);
  });
}

async function serve(): Promise<void> {
  serving = true;
  while (waiting.length > 0) {
    // The first turn of all (the widget at the top of the page) renders in
    // the first frame, before it is painted, so the page below it does not
    // jump down a frame later; the others take tasks of their own.
    if (painted) await nextTask();
    else {
      painted = true;
      await nextFrame();
    }
    // What waits on this turn runs in this task's microtasks; the loop's next
    // message is posted first, so the turn after it gets a task of its own.
    next().resolve();
  }
  serving = false;
}

/**
 * Resolves in a task of its own; whatever runs in its `then` runs in that
 * task. Turns for nodes in the page go in page order, so the widget at the
 * top appears first (custom elements upgrade in the order their tags are
 * defined, not where they stand); others in the order asked.
 */
export function turn(node?: Node): Promise<void> {
  return new Promise((resolve) => {
    waiting.push({ resolve, node });
    if (!serving) void serve();
  });
}
