import { msg, str } from '@lit/localize';
import { timeWords, unitRange } from '../core/format.js';
import type { SourceKey } from './sources.js';

/**
 * The "see a doctor" questions of <spasm-triage> (CONTENT.md §5), asked after
 * the red flags. To add a question, add an entry here (and, for a new reason,
 * to SEE_DOCTOR_REASONS): the rules in logic/triage.ts read this data.
 */

/** Why a patient should see a doctor. Ids are public (`reasons` in `spasm-triage-result`). */
export type SeeDoctorReasonId = 'duration' | 'radiating' | 'injury' | 'not-improving' | 'recurring';

export interface SeeDoctorReason {
  id: SeeDoctorReasonId;
  sources: readonly SourceKey[];
  /** Why this needs a doctor, in plain words (see-doctor outcome). */
  why: () => string;
  /**
   * When to see a doctor later, for someone sent home (self-care outcome).
   * Absent for reasons that cannot newly start, such as how the pain began.
   */
  watchFor?: () => string;
}

export interface TriageChoice {
  /** Public: the answer's value in `spasm-triage-result`. */
  value: string;
  /** Choosing it gives the question's reason. "Not sure" always does: when in doubt, triage up. */
  flags: boolean;
  label: () => string;
}

export interface TriageQuestion {
  /** Public: the key of the answer in `spasm-triage-result`. */
  id: string;
  reason: SeeDoctorReasonId;
  sources: readonly SourceKey[];
  /** The question, in plain words. */
  text: () => string;
  choices: readonly TriageChoice[];
  /** Not asked when an earlier question's answer rules it out. */
  skipIf?: { question: string; answerIn: readonly string[] };
}

export const SEE_DOCTOR_REASONS: readonly SeeDoctorReason[] = [
  {
    id: 'duration',
    sources: ['000', '002'],
    why: () => msg('Back pain that lasts a week or more should be checked by a doctor.', { id: 'reason.duration.why' }),
    watchFor: () => msg('Your back is not better within a week.', { id: 'reason.duration.watch' }),
  },
  {
    id: 'radiating',
    sources: ['000', '002', '004'],
    why: () =>
      msg('Pain that spreads into a buttock, thigh or leg, or to another part of the body, should be checked by a doctor.', {
        id: 'reason.radiating.why',
      }),
    watchFor: () =>
      msg('The pain starts to spread into a buttock, thigh or leg, or to another part of your body.', {
        id: 'reason.radiating.watch',
      }),
  },
  {
    id: 'injury',
    sources: ['002'],
    why: () => msg('Pain that may come from an injury should be checked by a doctor.', { id: 'reason.injury.why' }),
  },
  {
    id: 'not-improving',
    sources: ['004'],
    why: () =>
      msg('Very bad pain that is no better after a few days should be checked by a doctor.', { id: 'reason.not-improving.why' }),
    watchFor: () => msg('The pain is very bad and no better after a few days.', { id: 'reason.not-improving.watch' }),
  },
  {
    id: 'recurring',
    sources: ['001', '004'],
    why: () => msg('Back spasms that keep coming back should be checked by a doctor.', { id: 'reason.recurring.why' }),
    watchFor: () => msg('Your back spasms keep coming back.', { id: 'reason.recurring.watch' }),
  },
];

/** Yes, no, and "not sure", which counts as yes. */
const yesNoNotSure: readonly TriageChoice[] = [
  { value: 'yes', flags: true, label: () => msg('Yes', { id: 'answer.yes' }) },
  { value: 'no', flags: false, label: () => msg('No', { id: 'answer.no' }) },
  { value: 'not-sure', flags: true, label: () => msg('Not sure', { id: 'answer.not-sure' }) },
];

export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = [
  {
    id: 'duration',
    reason: 'duration',
    sources: ['000', '002'],
    text: () => msg('How long have you had this back pain?', { id: 'question.duration' }),
    // A week or more is the CONTENT.md §5 line; the ranges either side of it
    // tell a doctor more than a yes or no would.
    choices: [
      {
        value: 'under-3-days',
        flags: false,
        label: () => {
          const d = timeWords(3, 'day');
          return msg(str`Less than ${d}`, { id: 'answer.less-than' });
        },
      },
      { value: '3-6-days', flags: false, label: () => unitRange(3, 6, 'day') },
      { value: '1-2-weeks', flags: true, label: () => unitRange(1, 2, 'week') },
      {
        value: 'over-2-weeks',
        flags: true,
        label: () => {
          const w = timeWords(2, 'week');
          return msg(str`More than ${w}`, { id: 'answer.more-than' });
        },
      },
    ],
  },
  {
    id: 'radiating',
    reason: 'radiating',
    sources: ['000', '002', '004'],
    text: () =>
      msg('Does the pain spread down into a buttock, thigh or leg, or to another part of your body?', {
        id: 'question.radiating',
      }),
    choices: yesNoNotSure,
  },
  {
    id: 'injury',
    reason: 'injury',
    sources: ['002'],
    // A severe trauma (car accident, fall, sport) was already asked as a red flag.
    text: () => msg('Do you think an injury to your back started this pain?', { id: 'question.injury' }),
    choices: yesNoNotSure,
  },
  {
    id: 'not-improving',
    reason: 'not-improving',
    sources: ['004'],
    text: () => msg('Is the pain very bad, and no better after a few days?', { id: 'question.not-improving' }),
    choices: yesNoNotSure,
    // "After a few days" cannot be true yet for pain that began under three days ago.
    skipIf: { question: 'duration', answerIn: ['under-3-days'] },
  },
  {
    id: 'recurring',
    reason: 'recurring',
    sources: ['001', '004'],
    text: () => msg('Do your back spasms keep coming back?', { id: 'question.recurring' }),
    choices: yesNoNotSure,
  },
];
