import { html, nothing, svg } from 'lit';
import { msg, str } from '@lit/localize';
import { STRETCHES, type Stretch } from '../../content/stretches.js';
import { count, minSec, plural, secondsLong } from '../../core/format.js';
import { next, position, previous, type Phase, type Routine, type RoutineState, type StopReason } from '../../logic/routine.js';
import { warningSigns } from '../shared/warning-signs.js';
import { picture, variantOf } from './pictures.js';

export const stretchOf = (id: string): Stretch => STRETCHES.find((s) => s.id === id)!;

const notDiagnosis = () =>
  html`<p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>`;

export interface IntroOptions {
  number: string;
  kiosk: boolean;
  /** Show "I am pregnant" (not when the page already said so). */
  askPregnant: boolean;
  saysPregnant: boolean;
  /** Pregnant, by the page or the patient. */
  pregnant: boolean;
  /** The routine had a press-up, now left out. */
  skipsPressUp: boolean;
  onPregnant: (on: boolean) => void;
  onBegin: () => void;
}

/**
 * Before the first stretch (CONTENT.md §12): the signs that mean get help
 * instead, who should ask a clinician first, the floor, and pregnancy.
 */
export function introScreen(o: IntroOptions) {
  return html`
    <h2 class="heading" part="heading" tabindex="-1">${msg('Before you start', { id: 'routine.intro.heading' })}</h2>
    <p class="caution" part="intro-signs">
      ${msg('Do not stretch if you have any of the warning signs below: get medical help first.', { id: 'routine.intro.signs' })}
    </p>
    <details part="warning-signs">
      <summary>${msg('Warning signs', { id: 'routine.intro.signs-summary' })}</summary>
      ${warningSigns({ number: o.number, kiosk: o.kiosk, urgent: true, headingLevel: 3 })}
    </details>
    <h3>${msg('Ask a doctor, nurse or physiotherapist before you start if you:', { id: 'routine.intro.ask-first' })}</h3>
    <ul class="advice" part="ask-first">
      <li>${msg('have had surgery on your back, hip or knee recently', { id: 'routine.intro.surgery' })}</li>
      <li>${msg('have, or might have, a broken bone in your spine', { id: 'routine.intro.fracture' })}</li>
      <li>${msg('have osteoporosis (thin bones): some of these stretches bend forward', { id: 'routine.intro.osteoporosis' })}</li>
    </ul>
    <p part="floor">
      ${msg('If getting down to the floor and up again is hard, use a bed, or a mat beside a sturdy chair to hold on to.', {
        id: 'routine.intro.floor',
      })}
    </p>
    ${o.askPregnant
      ? html`<label class="option pregnant">
          <input type="checkbox" .checked=${o.saysPregnant} @change=${(e: Event) => o.onPregnant((e.target as HTMLInputElement).checked)} />
          <span>${msg('I am pregnant', { id: 'routine.intro.pregnant' })}</span>
        </label>`
      : nothing}
    ${o.pregnant
      ? html`<p class="note" part="pregnant-note">
          ${o.skipsPressUp
            ? msg('Pregnant: we leave out the press-up on your stomach and keep the stretches on your back short.', {
                id: 'routine.intro.pregnant-note',
              })
            : msg('Pregnant: we keep the stretches on your back short.', { id: 'routine.intro.pregnant-back' })}
          ${onBackNote()}
        </p>`
      : nothing}
    <button type="button" class="primary" part="begin-button" @click=${o.onBegin}>
      ${msg('Start the stretches', { id: 'routine.intro.begin' })}
    </button>
    ${notDiagnosis()}
  `;
}

/** NHS-PREG, as CONTENT.md §12 puts it. */
export const onBackNote = () => msg('After about 16 weeks, do not lie flat on your back for long.', { id: 'routine.intro.pregnant-16' });

/** After "Stop: this hurts": what to do now, and the warning signs (§6 and §7). */
export function painScreen(o: { number: string; kiosk: boolean; onRestart: () => void }) {
  return html`
    <h2 class="heading" part="heading" tabindex="-1">${msg('Stop stretching for now', { id: 'routine.pain.heading' })}</h2>
    <p>
      ${msg('A stretch should never push into sharp pain, or make pain, tingling or numbness spread down a leg. Stop and rest.', {
        id: 'routine.pain.intro-spread',
      })}
    </p>
    <h3>${msg('What to do now', { id: 'routine.pain.todo' })}</h3>
    <ul class="advice" part="advice">
      <li>
        ${msg('Rest in a position that feels comfortable: on your back with a pillow under your knees, on your side with a pillow between your knees, or sitting back with your knees supported.', { id: 'routine.pain.rest' })}
      </li>
      <li>${msg('Ice or heat may ease the pain, 10 to 20 minutes at a time.', { id: 'routine.pain.ice-heat' })}</li>
      <li>
        ${msg('In the first days, use ice wrapped in a thin cloth, never on bare skin. After that, use heat, like a warm shower or a heating pad. Never fall asleep on a heating pad.', { id: 'routine.pain.which' })}
      </li>
      <li>${msg('See a doctor if the pain is still bad after a few days, or keeps coming back.', { id: 'routine.pain.doctor' })}</li>
    </ul>
    ${warningSigns({ number: o.number, kiosk: o.kiosk, urgent: true, headingLevel: 3 })}
    <button type="button" @click=${o.onRestart}>${msg('Back to the start', { id: 'routine.restart' })}</button>
    ${notDiagnosis()}
  `;
}

/** What to do in a phase, in a few words. */
export function cueText(phase: Phase): string {
  switch (phase.cue) {
    case 'in':
      return msg('Breathe in, back sinks down', { id: 'routine.cue.in' });
    case 'out':
      return msg('Breathe out, back rounds up', { id: 'routine.cue.out' });
    case 'up':
      return msg('Push up slowly', { id: 'routine.cue.up' });
    case 'down':
      return msg('Lower down slowly', { id: 'routine.cue.down' });
    case 'side':
      return phase.side === 'right'
        ? msg('Knees to the other side', { id: 'routine.cue.side-other' })
        : msg('Knees to one side', { id: 'routine.cue.side-one' });
    default:
      if (phase.side === 'left') return msg('Left leg: hold', { id: 'routine.cue.hold-left' });
      if (phase.side === 'right') return msg('Right leg: hold', { id: 'routine.cue.hold-right' });
      return msg('Hold', { id: 'routine.cue.hold' });
  }
}

/** How much of a stretch there is, said before it starts. */
export function doseText(phases: readonly Phase[]): string {
  const first = phases[0]!;
  const time = secondsLong(first.durationMs / 1000);
  const reps = first.reps;
  if (first.cue === 'hold') {
    return first.side
      ? msg(str`Hold ${time} for each leg.`, { id: 'routine.dose.hold-each' })
      : msg(str`Hold ${time}.`, { id: 'routine.dose.hold' });
  }
  const n = count(reps);
  // One message per plural form, so each language writes the forms it has (Arabic has six).
  if (first.cue === 'in') {
    return plural(reps, {
      zero: () => msg(str`${n} slow breaths.`, { id: 'routine.dose.breaths.zero' }),
      one: () => msg(str`${n} slow breath.`, { id: 'routine.dose.breaths.one' }),
      two: () => msg(str`${n} slow breaths.`, { id: 'routine.dose.breaths.two' }),
      few: () => msg(str`${n} slow breaths.`, { id: 'routine.dose.breaths.few' }),
      many: () => msg(str`${n} slow breaths.`, { id: 'routine.dose.breaths.many' }),
      other: () => msg(str`${n} slow breaths.`, { id: 'routine.dose.breaths.other' }),
    });
  }
  if (first.cue === 'side') {
    return plural(reps, {
      zero: () => msg(str`${n} times to each side.`, { id: 'routine.dose.sides.zero' }),
      one: () => msg(str`${n} time to each side.`, { id: 'routine.dose.sides.one' }),
      two: () => msg(str`${n} times to each side.`, { id: 'routine.dose.sides.two' }),
      few: () => msg(str`${n} times to each side.`, { id: 'routine.dose.sides.few' }),
      many: () => msg(str`${n} times to each side.`, { id: 'routine.dose.sides.many' }),
      other: () => msg(str`${n} times to each side.`, { id: 'routine.dose.sides.other' }),
    });
  }
  return plural(reps, {
    zero: () => msg(str`${n} times, slowly.`, { id: 'routine.dose.reps.zero' }),
    one: () => msg(str`${n} time, slowly.`, { id: 'routine.dose.reps.one' }),
    two: () => msg(str`${n} times, slowly.`, { id: 'routine.dose.reps.two' }),
    few: () => msg(str`${n} times, slowly.`, { id: 'routine.dose.reps.few' }),
    many: () => msg(str`${n} times, slowly.`, { id: 'routine.dose.reps.many' }),
    other: () => msg(str`${n} times, slowly.`, { id: 'routine.dose.reps.other' }),
  });
}

/** "You did 2 of 5 stretches", in the plural form the total takes. */
function didCount(did: number, total: number): string {
  const d = count(did);
  const t = count(total);
  return plural(total, {
    zero: () => msg(str`You did ${d} of ${t} stretches.`, { id: 'routine.summary.count.zero' }),
    one: () => msg(str`You did ${d} of ${t} stretch.`, { id: 'routine.summary.count.one' }),
    two: () => msg(str`You did ${d} of ${t} stretches.`, { id: 'routine.summary.count.two' }),
    few: () => msg(str`You did ${d} of ${t} stretches.`, { id: 'routine.summary.count.few' }),
    many: () => msg(str`You did ${d} of ${t} stretches.`, { id: 'routine.summary.count.many' }),
    other: () => msg(str`You did ${d} of ${t} stretches.`, { id: 'routine.summary.count.other' }),
  });
}

/** What the live region says as a phase starts or resumes: holds say how long is left. */
export function phaseAnnouncement(phase: Phase, remainingMs: number): string {
  const cue = cueText(phase);
  if (phase.cue !== 'hold') return `${cue}.`;
  const time = secondsLong(Math.ceil(remainingMs / 1000));
  return msg(str`${cue}, ${time}.`, { id: 'routine.say.hold' });
}

export interface StretchOptions {
now: number;
state: RoutineState | 'intro';
pregnant: boolean;
onMain: () => void;
onMove: (to: typeof next) => void;
onEnd: (reason: StopReason) => void;
}

/** "2 of 5": which repetition, in the locale's digits. */
function repOf(rep: number, reps: number): string {
  const at = count(rep);
  const of = count(reps);
  return msg(str`${at} of ${of}`, { id: 'routine.rep' });
}

/** One stretch: its drawing, steps and timer, with every control and "Stop: this hurts". */
export function stretchScreen(r: Routine, o: StretchOptions) {
  const at = position(r, o.now)!;
  const stretch = stretchOf(at.step.id);
  const idle = o.state === 'idle';
  const total = count(r.steps.length);
  const number = count(r.index + 1);
  const seconds = Math.ceil((idle ? at.step.durationMs : at.phaseRemainingMs) / 1000);
  // The bar fills as the patient breathes in and empties as they breathe out.
  const fill = at.phase.cue === 'out' ? 1 - at.phaseProgress : at.phaseProgress;
  const main =
    o.state === 'running'
      ? msg('Pause', { id: 'routine.pause' })
      : o.state === 'paused'
        ? msg('Resume', { id: 'routine.resume' })
        : msg('Start', { id: 'routine.start' });
  const cue = idle ? doseText(at.step.phases) : cueText(at.phase);
  const rep = idle
    ? msg('Time in all:', { id: 'routine.total' })
    : at.phase.reps > 1
      ? repOf(at.phase.rep, at.phase.reps)
      : '';
  return html`
    <p class="count" part="count">${msg(str`Stretch ${number} of ${total}`, { id: 'routine.count' })}</p>
    <h2 class="heading" part="heading" tabindex="-1">${stretch.name()}</h2>
    ${picture(stretch.id, idle ? 'main' : variantOf(at.phase))}
    ${stretch.caution ? html`<p class="caution" part="caution">${stretch.caution()}</p>` : nothing}
    <ol class="steps" part="steps">
      ${stretch.steps().map((s) => html`<li>${s}</li>`)}
    </ol>
    <div class="timer" part="timer">
      <p class="cue">${cue} ${rep ? html`<span class="rep">${rep}</span>` : nothing}</p>
      <p class="time" part="time">${minSec(seconds)}</p>
      <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
        ${svg`<rect class="track" width="100" height="4" /><rect class="fill" width=${(fill * 100).toFixed(2)} height="4" />`}
      </svg>
    </div>
    <div class="controls" part="controls">
      <button type="button" class="primary main" part="main-button" @click=${o.onMain}>${main}</button>
      <button type="button" ?disabled=${r.index === 0 && idle} @click=${() => o.onMove(previous)}>
        ${msg('Previous', { id: 'routine.previous' })}
      </button>
      <button type="button" @click=${() => o.onMove(next)}>${msg('Skip', { id: 'routine.skip' })}</button>
    </div>
    <p class="note">${msg('Move slowly. Never push into sharp pain.', { id: 'routine.gentle' })}</p>
    ${o.pregnant && stretch.lying === 'back'
      ? html`<p class="note">${onBackNote()}</p>`
      : nothing}
    <div class="stop-bar" part="stop-bar">
      <p class="stop-note" id="stop-note" part="stop-note">
        ${msg('Stop if pain, tingling or numbness spreads down a leg.', { id: 'routine.stop-spread' })}
      </p>
      <button type="button" class="hurts" part="stop-button" aria-describedby="stop-note" @click=${() => o.onEnd('pain')}>
        ${msg('Stop: this hurts', { id: 'routine.hurts' })}
      </button>
    </div>
    <button type="button" class="quiet" part="end-button" @click=${() => o.onEnd('user')}>
      ${msg('End the routine', { id: 'routine.end' })}
    </button>
  `;
}

/** The end: what was done and skipped, and the warning signs. */
export function summaryScreen(r: Routine, o: { number: string; kiosk: boolean; onRestart: () => void }) {
  const did = r.completed.length;
  const all = r.ended === 'done' && did === r.steps.length;
  return html`
    <h2 class="heading" part="heading" tabindex="-1">
      ${all ? msg('All done', { id: 'routine.done.heading' }) : msg('Routine ended', { id: 'routine.ended.heading' })}
    </h2>
    <p>
      ${did
        ? didCount(did, r.steps.length)
        : msg('You did not finish any of the stretches this time.', { id: 'routine.summary.none' })}
    </p>
    <ul class="summary" part="summary">
      ${r.steps.map((s) => {
        const name = stretchOf(s.id).name();
        return r.completed.includes(s.id)
          ? html`<li class="did">${msg(str`${name}: done`, { id: 'routine.summary.did' })}</li>`
          : html`<li>${msg(str`${name}: not done`, { id: 'routine.summary.skipped' })}</li>`;
      })}
    </ul>
    <p>
      ${msg('You can do these stretches again later if they help. Stay as active as you can, and stop any stretch that hurts.', {
        id: 'routine.summary.again',
      })}
    </p>
    <button type="button" class="primary" @click=${o.onRestart}>${msg('Start again', { id: 'routine.again' })}</button>
    <details part="warning-signs">
      <summary>${msg('When to get emergency help', { id: 'routine.summary.signs' })}</summary>
      ${warningSigns({ number: o.number, kiosk: o.kiosk })}
    </details>
    <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
  `;
}
