/**
 * Turns: work that would make one long task if done together, done one piece
 * per task instead. A clinic page with five widgets upgrades them all while
 * the script runs, and Lit would then render every one of them in that same
 * task: on a slow phone a third of a second in which a tap goes unanswered.
 * Each first render takes a turn, in the order asked, so the page can draw
 * and answer input between widgets.
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

let last: Promise<void> = Promise.resolve();

/**
 * Resolves in a task of its own, after every turn asked for before it.
 * Whatever runs in its `then` runs in that task.
 */
export function turn(): Promise<void> {
  const mine = last.then(nextTask);
  last = mine;
  return mine;
}
