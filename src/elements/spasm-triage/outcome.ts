import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { telHref } from '../../core/attributes.js';
import { isolate, ltr } from '../../core/bidi.js';
import { callLabel } from '../../core/emergency.js';
import { HOME_CARE, type Advice, type CareContext } from '../../content/home-care.js';
import { signById } from '../../content/red-flags.js';
import { TRIAGE_STEPS, type TriageStep } from '../../content/triage.js';
import type { Disposition, TriageResult } from '../../logic/triage.js';
import { warningSigns } from '../shared/warning-signs.js';

/** What an outcome screen needs to know; the element builds it. */
export interface OutcomeView {
  result: TriageResult;
  answers: Readonly<Record<string, string>>;
  /** The heading level of the outcome's title; sections are one below. */
  level: number;
  number: string;
  kiosk: boolean;
  bookingHref: string | null;
  phone: string | null;
  clinicName: string | null;
  care: CareContext;
}

const heading = (level: number, text: string, cls = 'subheading') =>
  html`<div class=${cls} role="heading" aria-level=${Math.min(6, level)}>${text}</div>`;

/** The level, in two or three words, as the care card's badge. */
export function levelName(d: Disposition): string {
  switch (d) {
    case 'emergency':
      return msg('Emergency', { id: 'triage.level.emergency' });
    case 'urgent':
      return msg('Urgent: today', { id: 'triage.level.urgent' });
    case 'see-doctor':
      return msg('See a doctor soon', { id: 'triage.level.see-doctor' });
    default:
      return msg('Self-care at home', { id: 'triage.level.self-care' });
  }
}

const midwife = (v: OutcomeView) => v.result.reasons.includes('pregnancy-warning');

/** The care card's title: what to do, in a few words. */
export function outcomeTitle(v: OutcomeView): string {
  switch (v.result.disposition) {
    case 'emergency':
      return v.kiosk
        ? msg('Tell the front desk now', { id: 'triage.emergency.title-kiosk' })
        : callNow(v.number);
    case 'urgent':
      return midwife(v)
        ? msg('Call your midwife or maternity unit now', { id: 'triage.urgent.title-midwife' })
        : msg('Get medical help today', { id: 'triage.urgent.title' });
    case 'see-doctor':
      return msg('Book an appointment with a doctor', { id: 'triage.doctor.title' });
    default:
      return msg('Look after your back at home', { id: 'triage.self.title' });
  }
}

const clinic = (v: OutcomeView) => {
  const name = v.clinicName?.trim();
  return name ? isolate(name) : msg('the clinic', { id: 'triage.the-clinic' });
};

function callNow(dial: string): string {
  const number = ltr(dial);
  return msg(str`Call ${number} now`, { id: 'triage.emergency.title' });
}

/** Links to the clinic: a tel: button and the booking page, when the page gave them (never in kiosk mode). */
function clinicLinks(v: OutcomeView, bookLabel: string) {
  if (v.kiosk || (!v.bookingHref && !v.phone)) return nothing;
  const name = clinic(v);
  const phone = v.phone ? ltr(v.phone) : null;
  return html`
    <div class="links">
      ${phone
        ? html`<a class="button primary call-clinic" part="call-clinic" href=${telHref(v.phone!)}
            >${msg(str`Call ${name}: ${phone}`, { id: 'triage.call-clinic' })}</a
          >`
        : nothing}
      ${v.bookingHref
        ? html`<a class="button ${phone ? '' : 'primary'} book" part="book" href=${v.bookingHref}>${bookLabel}</a>`
        : nothing}
    </div>
  `;
}

/** What to do and how soon: the first thing on screen, before anything else. */
function whatToDo(v: OutcomeView): TemplateResult {
  const n = ltr(v.number);
  switch (v.result.disposition) {
    case 'emergency':
      return html`
        <p class="do">
          ${v.kiosk
            ? msg(str`Tell the front desk now, or call ${n}. Do not wait to see if it passes.`, { id: 'triage.emergency.do-kiosk' })
            : msg(
                'Or get someone to take you to the nearest emergency department. Do not drive yourself, and do not wait to see if it passes.',
                { id: 'triage.emergency.do' },
              )}
        </p>
        <p>${msg('Take the list of your answers with you.', { id: 'triage.emergency.take-list' })}</p>
        ${v.kiosk ? nothing : html`<a class="button call" part="call" href=${telHref(v.number)}>${callLabel(v.number)}</a>`}
      `;
    case 'urgent': {
      const name = clinic(v);
      const today = v.kiosk
        ? msg('Tell the front desk now that you need to be seen today.', { id: 'signs.urgent-kiosk' })
        : midwife(v)
          ? msg('Your answers mean you should be checked today.', { id: 'triage.urgent.do-midwife' })
          : v.phone
            ? msg(str`Call ${name} now and say it is urgent: ask for a same-day appointment. Or go to an urgent care centre today.`, {
                id: 'triage.urgent.do-phone',
              })
            : msg("Call your doctor's office now and say it is urgent: ask for a same-day appointment. Or go to an urgent care centre today.", {
                id: 'triage.urgent.do',
              });
      return html`
        <p class="do">${today}</p>
        ${clinicLinks(v, msg('Book a same-day appointment', { id: 'triage.urgent.book' }))}
        <p>${msg('If you cannot be seen today, go to an emergency department.', { id: 'triage.urgent.fallback' })}</p>
      `;
    }
    case 'see-doctor': {
      const soon = v.result.reasons.includes('not-improving')
        ? msg('Within the next few days.', { id: 'triage.doctor.when-days' })
        : msg('Within the next few days to two weeks.', { id: 'triage.doctor.when' });
      const links = clinicLinks(v, msg('Book an appointment', { id: 'triage.book' }));
      return html`
        <p class="do"><strong>${soon}</strong></p>
        ${v.kiosk
          ? html`<p>${msg('Ask at the front desk about an appointment.', { id: 'triage.doctor.kiosk' })}</p>`
          : links === nothing
            ? html`<p>${msg('Book it with your doctor, for example your family doctor.', { id: 'triage.doctor.no-booking' })}</p>`
            : links}
        <p>${msg('Call sooner if it gets worse or you cannot cope.', { id: 'triage.doctor.sooner' })}</p>
      `;
    }
    default:
      return html`<p class="do">
        ${msg('Your answers do not point to anything that needs a doctor now. Start with the plan below.', { id: 'triage.self.do' })}
      </p>`;
  }
}

/** The care card: level, what to do and how soon, the call to action, and how to get emergency help. */
export function careCard(v: OutcomeView) {
  const d = v.result.disposition;
  const n = ltr(v.number);
  return html`
    <div class="card ${d}" part="card">
      <p class="badge" part="badge">${levelName(d)}</p>
      <div class="step-heading" role="heading" aria-level=${Math.min(6, v.level)} tabindex="-1" part="heading">
        ${outcomeTitle(v)}
      </div>
      ${whatToDo(v)}
      <p class="fine">
        ${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}
        ${d === 'emergency'
          ? nothing
          : v.kiosk
            ? msg(str`If an emergency sign starts, tell the front desk now, or call ${n}.`, { id: 'triage.safety-net-kiosk' })
            : msg(str`If an emergency sign starts, call ${n} now.`, { id: 'triage.safety-net' })}
      </p>
    </div>
  `;
}

/** "You told us": each reason in plain words. */
export function toldUs(v: OutcomeView) {
  const reasons = v.result.reasons;
  return html`
    <section class="told" part="told">
      ${heading(v.level + 1, msg('You told us', { id: 'triage.told-us' }))}
      ${reasons.length
        ? html`<ul class="reasons">
            ${reasons.map(
              (id) => html`<li>
                ${reasonText(id, v.answers)}
                ${v.result.unsure.includes(id)
                  ? html`<span class="unsure">${msg('You were not sure, so we are playing it safe.', { id: 'triage.unsure' })}</span>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p>${msg('None of the warning signs, and nothing that needs a doctor now.', { id: 'triage.told-none' })}</p>`}
    </section>
  `;
}

/** A reason in plain words: the sign or item as asked, or a sentence for a rule over several answers. */
export function reasonText(id: string, a: Readonly<Record<string, string>>): string {
  const sign = signById(id);
  if (id === 'upper-back') return msg('The pain is high in your back, between your shoulder blades.', { id: 'triage.told.upper-back' });
  if (sign) return sign.text();
  const item = TRIAGE_STEPS.flatMap((s) => s.items ?? []).find((i) => i.id === id);
  if (item) return item.text();
  switch (id) {
    case 'injury':
      return msg('An injury that was not a serious accident started the pain.', { id: 'triage.told.injury' });
    case 'pregnancy':
      return msg('You are or may be pregnant: tell your midwife or doctor about your back pain.', { id: 'triage.told.pregnancy' });
    default: {
      const age = a['age'];
      if (age === 'under-16') {
        return msg("You are under 16. This check is made for adults: a doctor should check a child's back pain.", {
          id: 'triage.told.age-child',
        });
      }
      if (age === '16-19') return msg('You are under 20.', { id: 'triage.told.age-young' });
      if (age === '51-69' || age === '70-plus') {
        return msg('You are over 50 and this is the first time you have had back pain.', { id: 'triage.told.age-first' });
      }
      return msg('You did not give your age.', { id: 'triage.told.age-unknown' });
    }
  }
}

const advice = (items: readonly Advice[], care: CareContext) =>
  html`<ul class="advice">
    ${items.map((a) => html`<li><strong class="advice-title">${a.title()}</strong> ${a.text(care)}</li>`)}
  </ul>`;

/** The rest, below "You told us": the plan, when to get help, the warning signs, the answers. */
export function details(v: OutcomeView) {
  const d = v.result.disposition;
  const sub = v.level + 1;
  const signs = html`<section>
    ${heading(sub, msg('Warning signs', { id: 'triage.signs' }))}
    ${warningSigns({ number: v.number, kiosk: v.kiosk, urgent: d !== 'urgent', headingLevel: Math.min(6, sub + 1) })}
  </section>`;
  return html`
    ${d === 'see-doctor'
      ? html`<section>
          ${heading(sub, msg('Until you see a doctor', { id: 'triage.doctor.meanwhile' }))}
          ${advice(
            HOME_CARE.filter((a) => a.essential),
            v.care,
          )}
        </section>`
      : nothing}
    ${d === 'self-care'
      ? html`<section>
            ${heading(sub, msg('Your home-care plan', { id: 'triage.self.plan' }))} ${advice(HOME_CARE, v.care)}
          </section>
          <section>
            ${heading(sub, msg('When to see a doctor', { id: 'triage.self.doctor' }))}
            <p>${msg('Make an appointment with a doctor if:', { id: 'triage.self.doctor-if' })}</p>
            <ul>
              <li>${msg('your back is not better within a week', { id: 'triage.self.if-week' })}</li>
              <li>${msg('it gets worse', { id: 'triage.self.if-worse' })}</li>
              <li>${msg('pain, tingling or numbness spreads into a leg', { id: 'triage.self.if-leg' })}</li>
              <li>${msg('the spasms keep coming back', { id: 'triage.self.if-back' })}</li>
              <li>${msg('you are worried or cannot cope', { id: 'triage.self.if-worried' })}</li>
            </ul>
          </section>`
      : nothing}
    ${d === 'emergency' ? nothing : signs} ${yourAnswers(v)}
  `;
}

/** Every answer given, step by step: for the printout, and to take to a doctor. */
function yourAnswers(v: OutcomeView) {
  const asked = TRIAGE_STEPS.filter((s) => (s.kind === 'choice' ? s.id in v.answers : (s.items ?? []).some((i) => i.id in v.answers)));
  return html`
    <section class="answers" part="answers">
      ${heading(v.level + 1, msg('Your answers', { id: 'triage.answers' }))}
      <dl>
        ${asked.map((s) => html`<dt>${s.kind === 'choice' ? s.legend() : s.title()}</dt>
            <dd>${answerText(s, v.answers)}</dd>`)}
      </dl>
    </section>
  `;
}

function answerText(step: TriageStep, a: Readonly<Record<string, string>>) {
  if (step.kind === 'choice') return step.options?.find((o) => o.value === a[step.id])?.label() ?? '';
  const items = (step.items ?? []).filter((i) => a[i.id] === 'yes' || a[i.id] === 'not-sure');
  if (!items.length) return msg('None of these', { id: 'triage.none' });
  return html`<ul>
    ${items.map((i) =>
      a[i.id] === 'yes'
        ? html`<li>${i.text()}</li>`
        : html`<li>${msg(str`Not sure: ${i.text()}`, { id: 'triage.answer-unsure' })}</li>`,
    )}
  </ul>`;
}
