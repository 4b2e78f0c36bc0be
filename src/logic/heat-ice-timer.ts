/**
 * The heat/ice session timer as pure data: a round runs on a clock-measured
 * countdown, ends, is acknowledged, and the skin rests before the next one.
 * Every function takes `now` and returns a new value (or the same one when
 * nothing changes), so the element saves only real changes and tests drive
 * it with plain numbers. The state is never stored: it is read off the data
 * and the clock, so a reload at any moment lands in the right place.
 */
import { sameLocalDay } from './clock.js';
import {
  elapsedMs,
  endsAt,
  isFinished,
  isPaused,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  type Countdown,
} from './countdown.js';
import type { Treatment } from './heat-ice.js';

export type TimerState = 'idle' | 'running' | 'paused' | 'done' | 'resting';

/** A round in today's log. */
export interface LogEntry {
  /** When it started. */
  at: number;
  /** When it ended: the day it belongs to. */
  end: number;
  mode: Treatment;
  /** How long the pack was on. */
  ms: number;
}

export interface Round {
  mode: Treatment;
  countdown: Countdown;
  /** The rest that must follow it, fixed when it starts. */
  restMs: number;
}

/** The last round, after it ended. */
export interface Ended {
  mode: Treatment;
  /** When the pack came off (or should have). */
  at: number;
  /** When the next round may start. */
  restUntil: number;
  /** The patient has seen "Time's up" and said the pack is off. */
  seen: boolean;
}

export interface TimerData {
  v: 1;
  /** The patient's own pick of ice or heat, or null to follow the advice. */
  chosen: Treatment | null;
  /** The onset estimated from the patient's answer to "When did the pain start?". */
  answered: number | null;
  /** When the safety checklist was last confirmed: it holds for that day. */
  checkedAt: number | null;
  round: Round | null;
  ended: Ended | null;
  log: LogEntry[];
}

/** A round stopped before this much time on is not logged and needs no rest. */
export const MIN_LOGGED_MS = 60_000;

export const initialTimer = (): TimerData => ({
  v: 1,
  chosen: null,
  answered: null,
  checkedAt: null,
  round: null,
  ended: null,
  log: [],
});

/** The state at `now`, for data that has been through settle(). */
export function timerState(d: TimerData, now: number): TimerState {
  if (d.round) {
    if (isFinished(d.round.countdown, now)) return 'done';
    return isPaused(d.round.countdown) ? 'paused' : 'running';
  }
  if (d.ended && !d.ended.seen) return 'done';
  if (d.ended && now < d.ended.restUntil) return 'resting';
  return 'idle';
}

/**
 * Applies what time alone changes: a round whose time is up ends (at the
 * exact moment it was due, not when we noticed), a rest that is over is
 * dropped, and rounds that ended before today leave the log.
 */
export function settle(d: TimerData, now: number): TimerData {
  let next = d;
  const r = d.round;
  if (r && pauseExpired(r, now)) {
    // The pack should have been off all along (CONTENT.md §11): a pause that
    // outlasts the round ends it, as a Cancel at the moment the pause began.
    next = { ...next, round: null };
    const on = elapsedMs(r.countdown, now);
    if (on >= MIN_LOGGED_MS) {
      const at = r.countdown.pausedAt!;
      next = {
        ...next,
        ended: { mode: r.mode, at, restUntil: at + r.restMs, seen: true },
        log: [...next.log, { at: r.countdown.startedAt, end: at, mode: r.mode, ms: on }],
      };
    }
  } else if (r && isFinished(r.countdown, now)) {
    const at = endsAt(r.countdown, now);
    next = {
      ...next,
      round: null,
      ended: { mode: r.mode, at, restUntil: at + r.restMs, seen: false },
      log: [...next.log, { at: r.countdown.startedAt, end: at, mode: r.mode, ms: r.countdown.durationMs }],
    };
  }
  if (next.ended?.seen && now >= next.ended.restUntil) next = { ...next, ended: null };
  const today = next.log.filter((e) => sameLocalDay(e.end, now));
  if (today.length !== next.log.length) next = { ...next, log: today };
  return next;
}

/** A pause longer than the round's own length ends the round; exactly as long still waits. */
const pauseExpired = (r: Round, now: number): boolean =>
  r.countdown.pausedAt !== null && now - r.countdown.pausedAt > r.countdown.durationMs;

/** For data before and after settle(): true when it ended a paused round because the pause ran too long. */
export const justExpired = (before: TimerData, after: TimerData): boolean =>
  before.round !== null && isPaused(before.round.countdown) && after.round === null;

/** True when the round just ended in settle(): the moment to sound the alarm. */
export const justCompleted = (before: TimerData, after: TimerData): boolean =>
  before.round !== null && after.round === null && after.ended !== null && !after.ended.seen;

/** Starts a round, from idle only. */
export function start(d: TimerData, mode: Treatment, durationMs: number, restMs: number, now: number): TimerData {
  const s = settle(d, now);
  if (timerState(s, now) !== 'idle') return s;
  return { ...s, ended: null, round: { mode, countdown: startCountdown(durationMs, now), restMs: Math.max(0, restMs) } };
}

export function pause(d: TimerData, now: number): TimerData {
  const s = settle(d, now);
  if (timerState(s, now) !== 'running') return s;
  return { ...s, round: { ...s.round!, countdown: pauseCountdown(s.round!.countdown, now) } };
}

export function resume(d: TimerData, now: number): TimerData {
  const s = settle(d, now);
  if (timerState(s, now) !== 'paused') return s;
  return { ...s, round: { ...s.round!, countdown: resumeCountdown(s.round!.countdown, now) } };
}

/**
 * Stops a running or paused round. Once the pack has been on for a minute
 * the round counts: it goes in the log with the time it really lasted, and
 * the skin rests from when the pack came off (the pause, if paused).
 */
export function cancel(d: TimerData, now: number): TimerData {
  const s = settle(d, now);
  const state = timerState(s, now);
  if (state !== 'running' && state !== 'paused') return s;
  const r = s.round!;
  const on = elapsedMs(r.countdown, now);
  if (on < MIN_LOGGED_MS) return { ...s, round: null };
  const at = r.countdown.pausedAt ?? now;
  return settle(
    {
      ...s,
      round: null,
      ended: { mode: r.mode, at, restUntil: at + r.restMs, seen: true },
      log: [...s.log, { at: r.countdown.startedAt, end: at, mode: r.mode, ms: on }],
    },
    now,
  );
}

/** "The pack is off": from done to resting (or idle when no rest is left). */
export function acknowledge(d: TimerData, now: number): TimerData {
  const s = settle(d, now);
  if (timerState(s, now) !== 'done') return s;
  return settle({ ...s, ended: { ...s.ended!, seen: true } }, now);
}

/** The patient picks ice or heat for the next round (or null to follow the advice again). */
export const choose = (d: TimerData, mode: Treatment | null): TimerData =>
  d.chosen === mode ? d : { ...d, chosen: mode };

/** Records the patient's answer as an estimated onset; null forgets it (and their pick), to ask again. */
export const answer = (d: TimerData, onset: number | null): TimerData =>
  onset === null ? { ...d, answered: null, chosen: null } : { ...d, answered: onset };

export const confirmSafety = (d: TimerData, now: number): TimerData => ({ ...d, checkedAt: now });

/** The checklist is asked before the first round of each day. */
export const needsSafetyCheck = (d: TimerData, now: number): boolean =>
  d.checkedAt === null || !sameLocalDay(d.checkedAt, now);

/** The detail of every spasm-timer-* event. */
export interface RoundDetail {
  mode: Treatment;
  durationMs: number;
  endsAt: number;
}

/** Detail for a round: `endsAt` is when it ends if left alone from `now`. */
export const roundDetail = (r: Round, now: number): RoundDetail => ({
  mode: r.mode,
  durationMs: r.countdown.durationMs,
  endsAt: endsAt(r.countdown, now),
});

// ---- reading saved data back: anything odd is refused as a whole ----

/** Longest span we believe in a saved record (a round is 20 min, a rest 3 h). */
const MAX_SPAN_MS = 24 * 3_600_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isSpan = (v: unknown): v is number => isTime(v) && v >= 0 && v <= MAX_SPAN_MS;
const isTreatment = (v: unknown): v is Treatment => v === 'ice' || v === 'heat';
const orNull = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T | null => v === null || check(v);

const isCountdown = (v: unknown): v is Countdown =>
  isObj(v) &&
  isSpan(v['durationMs']) &&
  isTime(v['startedAt']) &&
  orNull(isTime)(v['pausedAt']) &&
  isTime(v['pausedMs']) &&
  v['pausedMs'] >= 0 &&
  (v['pausedAt'] === null || v['pausedAt'] >= v['startedAt']);

const isRound = (v: unknown): v is Round =>
  isObj(v) && isTreatment(v['mode']) && isCountdown(v['countdown']) && isSpan(v['restMs']);

const isEnded = (v: unknown): v is Ended =>
  isObj(v) &&
  isTreatment(v['mode']) &&
  isTime(v['at']) &&
  isTime(v['restUntil']) &&
  isSpan(v['restUntil'] - v['at']) &&
  typeof v['seen'] === 'boolean';

const isLogEntry = (v: unknown): v is LogEntry =>
  isObj(v) && isTime(v['at']) && isTime(v['end']) && isTreatment(v['mode']) && isSpan(v['ms']);

/** Whether a parsed JSON value is a TimerData we wrote (this version, every field sound). */
export const isTimerData = (v: unknown): v is TimerData =>
  isObj(v) &&
  v['v'] === 1 &&
  orNull(isTreatment)(v['chosen']) &&
  orNull(isTime)(v['answered']) &&
  orNull(isTime)(v['checkedAt']) &&
  orNull(isRound)(v['round']) &&
  orNull(isEnded)(v['ended']) &&
  !(v['round'] !== null && v['ended'] !== null) &&
  Array.isArray(v['log']) &&
  v['log'].length <= 500 &&
  v['log'].every(isLogEntry);
