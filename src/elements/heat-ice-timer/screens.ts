import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { ONSET_ANSWERS, SAFETY_CHECKS, type SafetyCheckId } from '../../content/heat-ice.js';
import { dayAndTime, days, hours, minSec, minutes, timeOfDay } from '../../core/format.js';
import { sameLocalDay } from '../../logic/clock.js';
import { progress, remainingMs } from '../../logic/countdown.js';
import type { Advice, SwellingAnswer, Treatment } from '../../logic/heat-ice.js';
import { roundDetail, type Ended, type LogEntry, type Round, type TimerState } from '../../logic/heat-ice-timer.js';

const MINUTE = 60_000;

/**
 * The safety checklist before the first round of the day (CONTENT.md §3,
 * §11), with the skin tips under it.
 */
export function safetyChecks(ticked: readonly SafetyCheckId[], error: boolean, onTick: (id: SafetyCheckId, on: boolean) => void) {
  return html`
    <fieldset class="checks" part="safety" aria-describedby=${error ? 'check-error' : nothing}>
      <legend>${msg('Before your first round today, tick each one:', { id: 'timer.checks' })}</legend>
      ${SAFETY_CHECKS.map(
        (c) => html`
          <label class="check">
            <input
              type="checkbox"
              aria-invalid=${error && !ticked.includes(c.id) ? 'true' : 'false'}
              .checked=${ticked.includes(c.id)}
              @change=${(e: Event) => onTick(c.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${c.text()}</span>
          </label>
        `,
      )}
      <p class="muted">
        ${msg('If one of these is not true for you, do not use ice or heat there.', { id: 'timer.checks.not-true' })}
      </p>
      ${error
        ? html`<p id="check-error" class="error" role="alert">
            <strong>${msg('Error:', { id: 'common.error' })}</strong>
            ${msg('Please tick every one before you start.', { id: 'timer.checks.error-all' })}
          </p>`
        : nothing}
    </fieldset>
    <ul class="tips" part="tips">
      <li>${msg("Children's and older people's skin burns more easily: check it more often.", { id: 'timer.tip.thin-skin' })}</li>
      <li>${msg('If you are pregnant, do not put a heat pack on your bump, and do not take very hot baths.', { id: 'timer.tip.pregnant' })}</li>
    </ul>
  `;
}

/** "Is the sore area swollen?", asked when heat is picked while ice is still usual. */
export function swellingQuestion(onAnswer: (a: SwellingAnswer) => void) {
  return html`
    <fieldset class="ask" part="swelling">
      <legend>${msg('Is the sore area swollen?', { id: 'timer.swelling.question' })}</legend>
      <p class="muted">${msg('In the first days, heat is only for an area that is not swollen.', { id: 'timer.swelling.why' })}</p>
      <div class="answers">
        <button type="button" @click=${() => onAnswer('yes')}>${msg('Yes', { id: 'timer.swelling.yes' })}</button>
        <button type="button" @click=${() => onAnswer('no')}>${msg('No', { id: 'timer.swelling.no' })}</button>
        <button type="button" @click=${() => onAnswer('not-sure')}>${msg('Not sure', { id: 'timer.swelling.not-sure' })}</button>
      </div>
    </fieldset>
  `;
}

/** After "yes" or "not sure": why ice is back (picking heat again asks again). */
export function swellingAnswer(answer: 'yes' | 'not-sure', mode: Treatment) {
  if (mode !== 'ice') return nothing;
  return html`<p class="swelling-answer notice" tabindex="-1">
    ${answer === 'yes'
      ? msg('Use ice for now: heat is only for an area that is not swollen.', { id: 'timer.swelling.use-ice' })
      : msg('If you are not sure, use ice for now: heat is only for an area that is not swollen.', {
          id: 'timer.swelling.unsure-ice',
        })}
  </p>`;
}

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

/** Why ice or heat is suggested, and a way to change the answer it came from. */
export function adviceBox(advice: Advice, iceHours: number, onChangeAnswer: () => void) {
  if (!advice.usual || advice.hours === null) return nothing;
  const limit = hours(iceHours);
  const h = advice.hours;
  const since = h < 72 ? hours(Math.max(1, h)) : days(Math.floor(h / 24));
  const ice = advice.usual === 'ice';
  const why =
    advice.from === 'onset'
      ? ice
        ? msg(str`It's ${since} since your pain began: ice is usual for the first ${limit}.`, { id: 'timer.why.onset-ice' })
        : msg(str`It's ${since} since your pain began: heat is usual after the first ${limit}.`, { id: 'timer.why.onset-heat' })
      : ice
        ? msg(str`From your answer, your pain began less than ${limit} ago: ice is usual for the first ${limit}.`, {
            id: 'timer.why.answer-ice',
          })
        : msg(str`From your answer, your pain began more than ${limit} ago: heat is usual after the first ${limit}.`, {
            id: 'timer.why.answer-heat',
          });
  return html`
    <div class="advice ${advice.usual}" part="advice">
      <p>${why}</p>
      <p class="muted">
        ${msg('This is the usual advice, not a rule. Some people find the other one, or switching between them, helps more: go by what feels better.', {
          id: 'timer.why.not-a-rule',
        })}
      </p>
      ${advice.from === 'answer'
        ? html`<button type="button" class="link" @click=${onChangeAnswer}>
            ${msg('Change my answer', { id: 'timer.onset.change' })}
          </button>`
        : nothing}
    </div>
  `;
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

/** "When did the pain start?", asked when the page gave no onset. */
export function onsetQuestion(onAnswer: (hoursAgo: number) => void) {
  return html`
    <fieldset class="ask" part="onset-question">
      <legend>${msg('When did the pain start?', { id: 'timer.onset.question' })}</legend>
      <div class="answers">
        ${ONSET_ANSWERS.map((a) => html`<button type="button" @click=${() => onAnswer(a.hours)}>${a.text()}</button>`)}
      </div>
    </fieldset>
  `;
}

/** The ice / heat choice for this round. */
export function treatmentSwitch(checked: Treatment, onPick: (t: Treatment) => void) {
  return html`
    <fieldset class="switch" part="switch">
      <legend>${msg('For this round, use:', { id: 'timer.switch' })}</legend>
      ${(['ice', 'heat'] as const).map(
        (t) => html`
          <label class="option ${t}">
            <input type="radio" name="treatment" value=${t} .checked=${checked === t} @change=${() => onPick(t)} />
            <span>${t === 'ice' ? msg('Ice', { id: 'timer.ice' }) : msg('Heat', { id: 'timer.heat' })}</span>
          </label>
        `,
      )}
    </fieldset>
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

/** The checklist (when due), Start, and the rest that follows a round. */
export function startBlock(mode: Treatment, roundMinutes: number, restMinutes: number, o: { checks: unknown; onStart: () => void }) {
  const length = minutes(roundMinutes);
  const rest = minutes(restMinutes);
  return html`
    ${o.checks}
    <button type="button" class="primary wide" part="start-button" @click=${o.onStart}>
      ${mode === 'ice'
        ? msg(str`Start ${length} of ice`, { id: 'timer.start-ice' })
        : msg(str`Start ${length} of heat`, { id: 'timer.start-heat' })}
    </button>
    <p class="note">${msg(str`Afterwards, rest your skin for ${rest} before the next round.`, { id: 'timer.rest-note' })}</p>
  `;
}
