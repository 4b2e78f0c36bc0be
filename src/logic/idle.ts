/**
 * The kiosk's idle clock: how long since the last touch, key or pointer move,
 * frozen while a timed activity runs (a heat/ice round, a stretch hold), and
 * which phase that puts the kiosk in. Pure and immutable, like countdown.ts.
 */
export interface Idle {
  /** Clock time of the last input (shifted forward by pauses). */
  readonly since: number;
  /** Clock time the idle clock was frozen, or null. */
  readonly pausedAt: number | null;
}

export interface IdleLimits {
  /** Quiet time before the "Are you still there?" warning. */
  readonly idleMs: number;
  /** How long the warning counts down before the reset (WCAG 2.2.1 asks for at least 20 s). */
  readonly warnMs: number;
}

export type IdlePhase = { name: 'active' } | { name: 'warning'; msLeft: number } | { name: 'expired' };

export const startIdle = (now: number): Idle => ({ since: now, pausedAt: null });

/** Input happened: the quiet time starts again (a frozen clock stays frozen). */
export const noteActivity = (idle: Idle, now: number): Idle => ({
  since: now,
  pausedAt: idle.pausedAt === null ? null : now,
});

export const pauseIdle = (idle: Idle, now: number): Idle => (idle.pausedAt === null ? { ...idle, pausedAt: now } : idle);

export const resumeIdle = (idle: Idle, now: number): Idle =>
  idle.pausedAt === null ? idle : { since: idle.since + Math.max(0, now - idle.pausedAt), pausedAt: null };

export const quietMs = (idle: Idle, now: number): number => Math.max(0, (idle.pausedAt ?? now) - idle.since);

export function idlePhase(idle: Idle, limits: IdleLimits, now: number): IdlePhase {
  const quiet = quietMs(idle, now);
  if (quiet < limits.idleMs) return { name: 'active' };
  const msLeft = limits.idleMs + limits.warnMs - quiet;
  return msLeft > 0 ? { name: 'warning', msLeft } : { name: 'expired' };
}
