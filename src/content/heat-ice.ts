import { msg } from '@lit/localize';
import type { SourceKey } from './sources.js';

/** A number the timer may be configured with, from CONTENT.md §3. */
export interface Range {
  min: number;
  max: number;
  /** What the timer uses when the page says nothing. */
  default: number;
  sources: readonly SourceKey[];
}

/** Ice in the first 24–72 hours (004 says 24–48); after that, heat. */
export const ICE_HOURS: Range = { min: 24, max: 72, default: 48, sources: ['001', '004'] };

/** Ice or heat for 10–20 minutes at a time (002: 15–20). */
export const ROUND_MINUTES: Range = { min: 10, max: 20, default: 15, sources: ['001', '002', '004'] };

/**
 * At least an hour off between rounds (CONTENT.md §11; 002: about 1 h off).
 * A page may ask for more, never less.
 */
export const REST_MINUTES: Range = { min: 60, max: 180, default: 60, sources: ['002'] };

export type SafetyCheckId = 'skin-feeling' | 'skin-whole' | 'wrap-ice' | 'no-sleep-heat' | 'check-skin';

export interface SafetyCheck {
  id: SafetyCheckId;
  sources: readonly SourceKey[];
  text: () => string;
}

/** What the patient confirms before the first round of the day (CONTENT.md §3 and §11). */
export const SAFETY_CHECKS: readonly SafetyCheck[] = [
  {
    // Burns and cold injury go unnoticed on skin that cannot feel them.
    id: 'skin-feeling',
    sources: ['HEAT-COLD'],
    text: () =>
      msg('The skin there feels heat and cold normally: it is not numb (for example from diabetes or sciatica), and I have good circulation.', {
        id: 'timer.check.skin-feeling',
      }),
  },
  {
    id: 'skin-whole',
    sources: ['HEAT-COLD'],
    text: () => msg('The skin there is not broken, has no rash, and has no heat rub or cream on it.', { id: 'timer.check.skin-whole' }),
  },
  {
    id: 'wrap-ice',
    sources: ['001', 'HEAT-COLD'],
    text: () =>
      msg("I will wrap ice in a thin cloth, never put it on bare skin, and not use ice if I have Raynaud's or a reaction to cold.", {
        id: 'timer.check.wrap-ice-cold',
      }),
  },
  {
    id: 'no-sleep-heat',
    sources: ['000', '001', '004'],
    text: () => msg('I will not fall asleep with a heating pad on.', { id: 'timer.check.no-sleep-heat' }),
  },
  {
    // Looking at the skin when the pack comes off is how the patient protects it (001, §11).
    id: 'check-skin',
    sources: ['001', 'HEAT-COLD'],
    text: () =>
      msg('I will look at my skin when I take the pack off, with a mirror or a helper for my back.', { id: 'timer.check.look-skin' }),
  },
];

export type OnsetAnswerId = 'today' | 'yesterday' | 'days-2-3' | 'longer';

export interface OnsetAnswer {
  id: OnsetAnswerId;
  /**
   * Our estimate of the hours since the pain began, for comparing with
   * `ice-hours`: the middle of the span the answer covers (longer: 4 days).
   * Not a medical fact; with the default 48 hours it gives ice for today and
   * yesterday, heat for 2–3 days and longer.
   */
  hours: number;
  text: () => string;
}

/** The answers to "When did the pain start?", asked when the page gives no onset. */
export const ONSET_ANSWERS: readonly OnsetAnswer[] = [
  { id: 'today', hours: 12, text: () => msg('Today', { id: 'timer.onset.today' }) },
  { id: 'yesterday', hours: 36, text: () => msg('Yesterday', { id: 'timer.onset.yesterday' }) },
  { id: 'days-2-3', hours: 60, text: () => msg('2 to 3 days ago', { id: 'timer.onset.days-2-3' }) },
  { id: 'longer', hours: 96, text: () => msg('More than 3 days ago', { id: 'timer.onset.longer' }) },
];
