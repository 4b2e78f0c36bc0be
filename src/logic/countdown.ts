/**
 * A countdown measured from the clock, never counted in ticks: it keeps when
 * it started and how long it has been paused, and every question about it is
 * answered from `now`. Values are immutable; each change returns a new one.
 */
export interface Countdown {
  readonly durationMs: number;
  /** Clock time of the start. */
  readonly startedAt: number;
  /** Clock time the current pause began, or null while running. */
  readonly pausedAt: number | null;
  /** Total length of the pauses that have ended. */
  readonly pausedMs: number;
}

export function startCountdown(durationMs: number, now: number): Countdown {
  return { durationMs: Math.max(0, durationMs), startedAt: now, pausedAt: null, pausedMs: 0 };
}

export const isPaused = (c: Countdown): boolean => c.pausedAt !== null;

export function pauseCountdown(c: Countdown, now: number): Countdown {
  return isPaused(c) ? c : { ...c, pausedAt: Math.max(now, c.startedAt) };
}

export function resumeCountdown(c: Countdown, now: number): Countdown {
  if (c.pausedAt === null) return c;
  return { ...c, pausedAt: null, pausedMs: c.pausedMs + Math.max(0, now - c.pausedAt) };
}

/** Time counted so far, between 0 and the duration (a clock set back never makes it negative). */
export function elapsedMs(c: Countdown, now: number): number {
  const until = c.pausedAt ?? now;
  return Math.min(c.durationMs, Math.max(0, until - c.startedAt - c.pausedMs));
}

export const remainingMs = (c: Countdown, now: number): number => c.durationMs - elapsedMs(c, now);

export const isFinished = (c: Countdown, now: number): boolean => remainingMs(c, now) <= 0;

/** Clock time it ends if nothing pauses it; while paused, counted from `now`. */
export const endsAt = (c: Countdown, now: number): number =>
  c.pausedAt === null ? c.startedAt + c.pausedMs + c.durationMs : now + remainingMs(c, now);

/** Fraction done, 0 to 1. */
export const progress = (c: Countdown, now: number): number =>
  c.durationMs === 0 ? 1 : elapsedMs(c, now) / c.durationMs;

/**
 * How many whole steps of `stepMs` are left, rounded up: it drops by one each
 * time the remaining time reaches a multiple of the step (15:00 → 3, 14:59 → 3,
 * 10:00 → 2). Announce when it drops to say "10 minutes left" on the mark.
 */
export const stepsLeft = (remaining: number, stepMs: number): number => Math.ceil(Math.max(0, remaining) / stepMs);
