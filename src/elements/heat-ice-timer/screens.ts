import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { dayAndTime, minSec, minutes, timeOfDay } from '../../core/format.js';
import { sameLocalDay } from '../../logic/clock.js';
import { progress, remainingMs } from '../../logic/countdown.js';
import type { Treatment } from '../../logic/heat-ice.js';
import { roundDetail, type Ended, type LogEntry, type Round, type TimerState } from '../../logic/heat-ice-timer.js';

const MINUTE = 60_000;

/** The heading: it names the step. */
export function stepTitle(state: TimerState, mode: Treatment | undefined): string {
  switch (state) {
    case 'running':
      return mode === 'heat' ? msg('Heat round', { id: 'timer.title.heat' }) : msg('Ice round', { id: 'timer.title.ice' });
    case 'paused':
      return mode === 'heat'
        ? msg('Heat round paused', { id: 'timer.title.heat-paused' })
        : msg('Ice round paused', { id: 'timer.title.ice-paused' });
    case 'done':
      return msg("Time's up: take the pack off", { id: 'timer.title.done' });
    case 'resting':
      return msg('Rest your skin', { id: 'timer.title.resting' });
    default:
      return msg('Ice or heat', { id: 'timer.title.idle' });
  }
}

/** The progress ring with the time left. */
export function dial(kind: Treatment | 'rest', done: number, timeLeft: string, label: string) {
  const offset = (100 - Math.min(1, Math.max(0, done)) * 100).toFixed(2);
  return html`
    <div class="dial ${kind}" part="dial">
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="track" cx="50" cy="50" r="45"></circle>
        <circle class="bar" cx="50" cy="50" r="45" pathLength="100" stroke-dasharray="100" stroke-dashoffset=${offset}></circle>
      </svg>
      <div class="readout">
        <span class="time" role="timer" part="time">${timeLeft}</span>
        <span class="unit">${label}</span>
      </div>
    </div>
  `;
}

/** The time's-up screen: take the pack off, look at the skin, when the next round may start. */
export function doneScreen(e: Ended, now: number, onAcknowledge: () => void) {
  let finished: string;
  if (sameLocalDay(e.at, now)) {
    const at = timeOfDay(e.at);
    finished = msg(str`Finished at ${at}.`, { id: 'timer.finished' });
  } else {
    const at = dayAndTime(e.at);
    finished = msg(str`Finished on ${at}.`, { id: 'timer.finished-day' });
  }
  const next = timeOfDay(e.restUntil);
  return html`
    <div class="center">
      <p class="finished">${finished}</p>
      <p>${msg('Take the pack off now and look at your skin: use a mirror, or ask someone, for your back.', { id: 'timer.done.look' })}</p>
      <p class="notice skin-stop" part="skin-warning">
        ${msg('If the skin is blistered, very red, white, grey or numb, stop using ice or heat and ask a pharmacist or doctor.', {
          id: 'timer.done.skin-stop',
        })}
      </p>
      ${e.restUntil > now ? html`<p>${msg(str`Next round from ${next}.`, { id: 'timer.next' })}</p>` : nothing}
      <button type="button" class="primary wide" part="done-button" @click=${onAcknowledge}>
        ${msg('The pack is off', { id: 'timer.done.ok' })}
      </button>
    </div>
  `;
}

/** The rest between rounds, counting down to the next. */
export function restScreen(e: Ended, now: number) {
  const done = (now - e.at) / Math.max(1, e.restUntil - e.at);
  const next = timeOfDay(e.restUntil);
  return html`
    <div class="center">
      <p class="next">${msg(str`Next round from ${next}.`, { id: 'timer.next' })}</p>
      ${dial('rest', done, minSec((e.restUntil - now) / 1000), msg('to wait', { id: 'timer.to-wait' }))}
      <p class="note">${msg('Give your skin a break between rounds.', { id: 'timer.rest-why' })}</p>
    </div>
  `;
}

/** Today's rounds. */
export function roundLog(log: readonly LogEntry[], level: number) {
  if (!log.length) return nothing;
  return html`
    <div class="log" part="log">
      <div class="log-title" role="heading" aria-level=${level}>${msg("Today's rounds", { id: 'timer.log' })}</div>
      <ul>
        ${log.map((e) => {
          const at = timeOfDay(e.at);
          const what = e.mode === 'ice' ? msg('ice', { id: 'timer.log.ice' }) : msg('heat', { id: 'timer.log.heat' });
          const long = minutes(Math.max(1, Math.round(e.ms / MINUTE)));
          return html`<li>${msg(str`${at}: ${what}, ${long}`, { id: 'timer.log.item' })}</li>`;
        })}
      </ul>
    </div>
  `;
}

/**
 * A round running or paused: the ring, when it ends, a tip, Pause/Resume and
 * Cancel; and, when the browser holds sound until a tap (after a reload),
 * a real button that asks for it.
 */
export function roundScreen(
r: Round,
now: number,
o: { paused: boolean; onSoundBack: (() => void) | null; onPauseResume: () => void; onCancel: () => void },
) {
  const paused = o.paused;
  const left = minSec(remainingMs(r.countdown, now) / 1000);
  const ends = timeOfDay(roundDetail(r, now).endsAt);
  const length = minutes(Math.round(r.countdown.durationMs / MINUTE));
  return html`
    ${o.onSoundBack
      ? html`<button type="button" class="wide" part="sound-button" @click=${o.onSoundBack}>
          ${msg('Tap to turn the sound back on', { id: 'timer.sound-back' })}
        </button>`
      : nothing}
    ${dial(r.mode, progress(r.countdown, now), left, msg('left', { id: 'timer.left' }))}
    <p class="status">
      ${paused
        ? msg('Paused: take the pack off while you wait.', { id: 'timer.paused-off' })
        : msg(str`Ends at ${ends}`, { id: 'timer.ends' })}
    </p>
    ${paused
      ? html`<p class="note">
          ${msg(str`Press Resume when the pack is back on. If the pause lasts longer than ${length}, the round ends.`, {
            id: 'timer.paused-limit',
          })}
        </p>`
      : nothing}
    ${paused
      ? nothing
      : html`<p class="tip">
          ${r.mode === 'ice'
            ? msg('Keep a thin cloth between the ice and your skin.', { id: 'timer.tip.ice' })
            : msg('Stay awake while the heat is on.', { id: 'timer.tip.heat' })}
        </p>`}
    <div class="actions">
      <button type="button" class="primary" part="pause-button" @click=${o.onPauseResume}>
        ${paused ? msg('Resume', { id: 'timer.resume' }) : msg('Pause', { id: 'timer.pause' })}
      </button>
      <button type="button" part="cancel-button" @click=${o.onCancel}>${msg('Cancel', { id: 'timer.cancel' })}</button>
    </div>
  `;
}
