/**
 * Chimes scheduled on the Web Audio clock. A chime is booked when a round
 * starts, for the moment it ends, so it sounds on time even when the tab is
 * in the background and its timers are throttled. Where Web Audio is missing
 * or blocked, every call quietly does nothing.
 */
export interface Chime {
  cancel(): void;
}

export type ChimeKind = 'end' | 'soft';

export interface Sound {
  /** Call from a click or key handler: browsers only start audio after a user gesture. */
  unlock(): void;
  /** Books a chime `delayMs` from now. */
  schedule(delayMs: number, kind: ChimeKind): Chime;
  /** Vibrates the device where it can (phones). */
  vibrate(): void;
  /**
   * Whether sound waits for a tap: after a reload the browser keeps audio
   * suspended until the patient touches the page. Missing means never.
   */
  blocked?(): boolean;
  /** Calls `listener` when blocked() may have changed; returns the way to stop. */
  onChange?(listener: () => void): () => void;
}

type AudioContextCtor = typeof AudioContext;

let context: AudioContext | null = null;
/** Who wants to hear of state changes, kept until there is a context to listen to. */
const listeners = new Set<() => void>();

/**
 * The one audio context, made on first need (a chime to book, a tap) rather
 * than when a widget appears: made without a tap, a context starts suspended
 * and the browser warns about it on the console of every page that shows a
 * timer, and making one takes a moment from the page's load.
 */
function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = (globalThis as { AudioContext?: AudioContextCtor }).AudioContext;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  for (const listener of listeners) {
    context.addEventListener('statechange', listener);
    // Blocked or not is new now that there is a context.
    queueMicrotask(listener);
  }
  return context;
}

// Notes (Hz) and their start offsets (s): a rising three-note chime for the end
// of a round, one gentle note between stretches.
const TUNES: Record<ChimeKind, [number, number][]> = {
  end: [
    [660, 0],
    [880, 0.35],
    [1100, 0.7],
  ],
  soft: [[740, 0]],
};

/** A chime that could only be booked this late after it was due is dropped. */
const LATE_LIMIT_MS = 1000;

export const webSound: Sound = {
  unlock() {
    const ctx = audio();
    if (ctx?.state === 'suspended') void ctx.resume().catch(() => {});
  },

  schedule(delayMs, kind) {
    const ctx = audio();
    if (!ctx) return { cancel() {} };
    // The audio clock stands still while the context is suspended (before the
    // first tap after a page load), so a chime booked then would sound late by
    // however long that lasts. Keep the time it is due instead (on the
    // monotonic clock, so a device clock change cannot move it), and book it
    // once the context runs; skip it if by then it is already past.
    const due = performance.now() + Math.max(0, delayMs);
    const nodes: OscillatorNode[] = [];
    let cancelled = false;
    const book = () => {
      const at = ctx.currentTime + Math.max(0, due - performance.now()) / 1000;
      for (const [frequency, offset] of TUNES[kind]) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = frequency;
        osc.type = 'sine';
        const start = at + offset;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(kind === 'end' ? 0.4 : 0.2, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start);
        osc.stop(start + 0.65);
        nodes.push(osc);
      }
    };
    const onState = () => {
      if (ctx.state !== 'running') return;
      ctx.removeEventListener('statechange', onState);
      if (!cancelled && performance.now() - due < LATE_LIMIT_MS) book();
    };
    if (ctx.state === 'running') book();
    else ctx.addEventListener('statechange', onState);
    return {
      cancel() {
        cancelled = true;
        ctx.removeEventListener('statechange', onState);
        for (const osc of nodes) {
          try {
            osc.stop();
            osc.disconnect();
          } catch {
            // already stopped
          }
        }
      },
    };
  },

  blocked() {
    // No context yet means nothing is booked, so nothing waits for a tap.
    const state = context?.state;
    return state === 'suspended' || (state as string) === 'interrupted';
  },

  onChange(listener) {
    listeners.add(listener);
    context?.addEventListener('statechange', listener);
    return () => {
      listeners.delete(listener);
      context?.removeEventListener('statechange', listener);
    };
  },

  vibrate() {
    try {
      navigator.vibrate?.([300, 150, 300]);
    } catch {
      // not allowed here
    }
  },
};
