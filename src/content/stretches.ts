import { msg } from '@lit/localize';
import type { SourceKey } from './sources.js';

export type Side = 'left' | 'right';

/**
 * What the patient is doing during one timed phase: holding still, breathing
 * in or out, pushing up or lowering down, or moving to one side.
 */
export type Cue = 'hold' | 'in' | 'out' | 'up' | 'down' | 'side';

/** One timed phase of a repetition. */
export interface Pace {
  cue: Cue;
  seconds: number;
  side?: Side;
}

/**
 * How much of a stretch to do: a hold (once, or once per side in order), or
 * repetitions of a paced sequence. A hold keeps to its source's range
 * (`min`–`max` seconds) whatever the page asks. `defaultChosen` marks numbers
 * the sources do not give, which we chose as gentle defaults.
 */
export type Dose =
  | { kind: 'hold'; seconds: number; min: number; max: number; sides?: readonly Side[]; defaultChosen?: boolean }
  | { kind: 'reps'; reps: number; pace: readonly Pace[]; defaultChosen?: boolean };

/** The gentle stretches of CONTENT.md §4. Ids are public (attributes, events). */
export type StretchId = 'knee-to-chest' | 'cat-cow' | 'child-pose' | 'supine-rotation' | 'prone-press-up';

export interface Stretch {
  id: StretchId;
  sources: readonly SourceKey[];
  /** How long or how many times; see Dose. */
  dose: Dose;
  name: () => string;
  /** Three or four short steps, in the current locale. */
  steps: () => string[];
  /** A caution shown above the steps, when the stretch has one. */
  caution?: () => string;
  /** Done lying on the back or on the stomach: what pregnancy changes (CONTENT.md §12). */
  lying?: 'back' | 'stomach';
}

/**
 * Pregnant (CONTENT.md §4 and §12): the press-up on the stomach is left out,
 * and "do not lie flat on the back for long after about 16 weeks". The
 * sources give no number for "long", so these are our defaults: knee to chest
 * at the bottom of its 20–30 s range, and 3 knee rolls each way (about 36 s),
 * so no stretch keeps the patient on the back for more than about 40 s.
 */
export const PREGNANT_ON_BACK = { holdSeconds: 20, reps: 3 } as const;

export const STRETCH_IDS: readonly StretchId[] = ['knee-to-chest', 'cat-cow', 'child-pose', 'supine-rotation', 'prone-press-up'];

// Seed 001 gives no number for cat-cow, the rotation or the press-up: the
// counts and the pace below are our own gentle defaults (marked
// `defaultChosen`), and the page can change the count with `reps`.
const GENTLE_REPS = 5;

export const STRETCHES: readonly Stretch[] = [
  {
    id: 'knee-to-chest',
    sources: ['001'],
    // 001: 20–30 s each leg. We take the top of the range.
    dose: { kind: 'hold', seconds: 30, min: 20, max: 30, sides: ['left', 'right'] },
    lying: 'back',
    name: () => msg('Knee to chest', { id: 'stretch.knee-to-chest.name' }),
    steps: () => [
      msg('Lie on your back.', { id: 'stretch.knee-to-chest.step1' }),
      msg('Hold one knee with both hands and gently pull it toward your chest.', { id: 'stretch.knee-to-chest.step2' }),
      msg('Hold it there and keep breathing.', { id: 'stretch.knee-to-chest.step3' }),
      msg('Let it down slowly, then do the other leg.', { id: 'stretch.knee-to-chest.step4' }),
    ],
  },
  {
    id: 'cat-cow',
    sources: ['001'],
    // 001: "slow, with the breath". Breathing in as the back arches and out as
    // it rounds is the usual cue for this stretch; 5 s each way is a slow breath.
    dose: {
      kind: 'reps',
      reps: GENTLE_REPS,
      defaultChosen: true,
      pace: [
        { cue: 'in', seconds: 5 },
        { cue: 'out', seconds: 5 },
      ],
    },
    name: () => msg('Cat-cow', { id: 'stretch.cat-cow.name' }),
    steps: () => [
      msg('Get down on your hands and knees.', { id: 'stretch.cat-cow.step1' }),
      msg('Breathe in and let your back sink down as you lift your head (cow).', { id: 'stretch.cat-cow.step2' }),
      msg('Breathe out and round your back up like a cat, head down.', { id: 'stretch.cat-cow.step3' }),
      msg('Move slowly, in time with your breath.', { id: 'stretch.cat-cow.step4' }),
    ],
  },
  {
    id: 'child-pose',
    sources: ['001'],
    // 001: 30–60 s. We take the middle.
    dose: { kind: 'hold', seconds: 45, min: 30, max: 60 },
    name: () => msg("Child's pose", { id: 'stretch.child-pose.name' }),
    steps: () => [
      msg('Kneel on the floor.', { id: 'stretch.child-pose.step1' }),
      msg('Fold forward slowly, so your chest rests between your thighs.', { id: 'stretch.child-pose.step2' }),
      msg('Rest your forehead on the floor and relax.', { id: 'stretch.child-pose.step3' }),
    ],
  },
  {
    id: 'supine-rotation',
    sources: ['001'],
    // 001: "gentle, both sides". 6 s to each side lets the knees lower slowly.
    dose: {
      kind: 'reps',
      reps: GENTLE_REPS,
      defaultChosen: true,
      pace: [
        { cue: 'side', side: 'left', seconds: 6 },
        { cue: 'side', side: 'right', seconds: 6 },
      ],
    },
    lying: 'back',
    name: () => msg('Knee rolls', { id: 'stretch.supine-rotation.name' }),
    steps: () => [
      msg('Lie on your back with your knees bent and your feet on the floor.', { id: 'stretch.supine-rotation.step1' }),
      msg('Keep both shoulders on the floor.', { id: 'stretch.supine-rotation.step2' }),
      msg('Slowly let both knees fall to one side, then to the other side.', { id: 'stretch.supine-rotation.step3' }),
      msg('Only go as far as feels comfortable.', { id: 'stretch.supine-rotation.step4' }),
    ],
  },
  {
    id: 'prone-press-up',
    sources: ['001'],
    // 001: "gentle". 5 s up and 5 s down keeps each press-up slow.
    dose: {
      kind: 'reps',
      reps: GENTLE_REPS,
      defaultChosen: true,
      pace: [
        { cue: 'up', seconds: 5 },
        { cue: 'down', seconds: 5 },
      ],
    },
    lying: 'stomach',
    name: () => msg('Press-up on your stomach', { id: 'stretch.prone-press-up.name' }),
    caution: () => msg('Skip this one if lying on your stomach hurts.', { id: 'stretch.prone-press-up.caution' }),
    steps: () => [
      msg('Lie on your stomach with your hands on the floor under your shoulders.', { id: 'stretch.prone-press-up.step1' }),
      msg('Gently push your chest up off the floor.', { id: 'stretch.prone-press-up.step2' }),
      msg('Keep your hips on the floor.', { id: 'stretch.prone-press-up.step3' }),
      msg('Lower yourself down slowly.', { id: 'stretch.prone-press-up.step4' }),
    ],
  },
];
