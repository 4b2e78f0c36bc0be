/** Ice or heat: which one the usual advice suggests, from the time since the pain began. */
export type Treatment = 'ice' | 'heat';

export const HOUR_MS = 3_600_000;

export interface Advice {
  /** What to use next, or null when we must first ask when the pain started. */
  treatment: Treatment | null;
  /** What the usual advice says, when the onset is known and the page's mode is `auto`. */
  usual: Treatment | null;
  /** Where the onset came from: the page's `onset` or the patient's answer. */
  from: 'onset' | 'answer' | null;
  /** Whole hours since that onset. */
  hours: number | null;
}

export interface AdviceInput {
  /** The page's `mode`: `auto` decides from the onset. */
  mode: 'auto' | Treatment;
  /** The page's `onset`, already parsed (null when absent or unusable). */
  onset: number | null;
  /** The onset estimated from the patient's answer. */
  answered: number | null;
  /** The patient's own pick, which always wins. */
  chosen: Treatment | null;
  iceHours: number;
  now: number;
}

/** Ice while fewer than `iceHours` have passed since `onset`, then heat. */
export const usualTreatment = (onset: number, now: number, iceHours: number): Treatment =>
  now - onset < iceHours * HOUR_MS ? 'ice' : 'heat';

/** The patient's pick wins, then the page's mode, then the usual advice from the onset. */
export function advise(input: AdviceInput): Advice {
  const { mode, now } = input;
  const from = mode !== 'auto' ? null : input.onset !== null ? 'onset' : input.answered !== null ? 'answer' : null;
  const onset = from === 'onset' ? input.onset : from === 'answer' ? input.answered : null;
  const usual = onset === null ? null : usualTreatment(onset, now, input.iceHours);
  const hours = onset === null ? null : Math.max(0, Math.floor((now - onset) / HOUR_MS));
  const treatment = input.chosen ?? (mode === 'auto' ? usual : mode);
  return { treatment, usual, from, hours };
}

/** The onset time an answer stands for, `hours` before `now`. */
export const onsetFromAnswer = (hours: number, now: number): number => now - hours * HOUR_MS;

/** The answers to "Is the sore area swollen?". */
export type SwellingAnswer = 'yes' | 'no' | 'not-sure';

/**
 * Heat in the first days only if the area is not swollen (CONTENT.md §11):
 * picking heat while the onset (the page's, else the patient's answer) is
 * still inside the ice window asks about swelling first.
 */
export const asksAboutSwelling = (pick: Treatment, onset: number | null, now: number, iceHours: number): boolean =>
  pick === 'heat' && onset !== null && usualTreatment(onset, now, iceHours) === 'ice';

/** What to use after the swelling question: heat only on a clear "no"; when in doubt, ice. */
export const afterSwelling = (answer: SwellingAnswer): Treatment => (answer === 'no' ? 'heat' : 'ice');
