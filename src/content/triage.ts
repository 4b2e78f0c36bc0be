import { msg } from '@lit/localize';
import { EMERGENCY_SIGNS, URGENT_SIGNS, signById, type Sign } from './red-flags.js';
import type { SourceKey } from './sources.js';

/**
 * The steps of <spasm-triage> (CONTENT.md §5–§9) and the rules that read their
 * answers. The element shows the steps; logic/triage.ts judges the rules.
 * A new sign is a new item here, a new rule here, and its words.
 */

// The shapes logic/triage.ts reads (it owns them; this data conforms, checked where the element passes it in).
type Cond =
  | { readonly q: string; readonly in: readonly string[] }
  | { readonly all: readonly Cond[] }
  | { readonly any: readonly Cond[] }
  | { readonly not: Cond };

type Level = 'emergency' | 'urgent' | 'see-doctor';

export interface TriageRule {
  readonly reason: string;
  readonly level: Level;
  readonly when: Cond;
}

export const YES = 'yes';
export const NO = 'no';
export const NOT_SURE = 'not-sure';

export interface Choice {
  value: string;
  label: () => string;
}

export interface ChecklistItem {
  id: string;
  askIf?: Cond;
  sources: readonly SourceKey[];
  text: () => string;
}

export interface TriageStep {
  readonly id: string;
  readonly kind: 'signs' | 'choice';
  /** A question's values (for the rules). */
  readonly choices?: readonly string[];
  /** Asked only when this holds, on the answers before it. */
  readonly askIf?: Cond;
  /** The step's heading. */
  title: () => string;
  /** The question (a choice) or what to tick (a checklist). */
  legend: () => string;
  /** A checklist's items, with their words. */
  items?: readonly ChecklistItem[];
  /** A question's answers, with their words ("Not sure" is always one). */
  options?: readonly Choice[];
  sources: readonly SourceKey[];
}

const notSure: Choice = { value: NOT_SURE, label: () => msg('Not sure', { id: 'answer.not-sure' }) };
const yesNo: readonly Choice[] = [
  { value: YES, label: () => msg('Yes', { id: 'answer.yes' }) },
  { value: NO, label: () => msg('No', { id: 'answer.no' }) },
  notSure,
];

const fromSign = (s: Sign, askIf?: Cond): ChecklistItem => ({ id: s.id, sources: s.sources, text: s.text, ...(askIf ? { askIf } : {}) });
const urgentSign = (id: string, askIf?: Cond) => fromSign(signById(id)!, askIf);

const choiceStep = (
  step: Omit<TriageStep, 'kind' | 'choices' | 'options'> & { options: readonly Choice[] },
): TriageStep => ({ ...step, kind: 'choice', choices: step.options.map((o) => o.value) });

const YES_OR_UNSURE = [YES, NOT_SURE];
const is = (q: string, ...values: string[]): Cond => ({ q, in: values });
const yes = (q: string): Cond => is(q, ...YES_OR_UNSURE);

/** Could be pregnant: asked of everyone aged 16 to 50 (and anyone unsure of their age). */
const mayBePregnant = yes('pregnant');

export const TRIAGE_STEPS: readonly TriageStep[] = [
  {
    id: 'emergency-signs',
    kind: 'signs',
    sources: ['NHS-BP', 'BASS'],
    title: () => msg('Just to be safe', { id: 'triage.step.emergency.title' }),
    legend: () =>
      msg('Since your back pain started, have you had any of these, even if they have stopped? Tick each one you have had.', {
        id: 'triage.step.emergency.legend',
      }),
    items: EMERGENCY_SIGNS.map((s) => fromSign(s)),
  },
  choiceStep({
    id: 'age',
    sources: ['NICE-CKS'],
    title: () => msg('Your age', { id: 'triage.step.age.title' }),
    legend: () => msg('How old are you?', { id: 'triage.step.age.legend' }),
    options: [
      { value: 'under-16', label: () => msg('Under 16', { id: 'answer.age.under-16' }) },
      { value: '16-19', label: () => msg('16 to 19', { id: 'answer.age.16-19' }) },
      { value: '20-50', label: () => msg('20 to 50', { id: 'answer.age.20-50' }) },
      { value: '51-69', label: () => msg('51 to 69', { id: 'answer.age.51-69' }) },
      { value: '70-plus', label: () => msg('70 or over', { id: 'answer.age.70-plus' }) },
      notSure,
    ],
  }),
  choiceStep({
    id: 'pregnant',
    askIf: is('age', '16-19', '20-50', NOT_SURE),
    sources: ['NHS-PREG'],
    title: () => msg('Pregnancy', { id: 'triage.step.pregnant.title' }),
    legend: () => msg('Could you be pregnant?', { id: 'triage.step.pregnant.legend' }),
    options: yesNo,
  }),
  {
    id: 'urgent-signs',
    kind: 'signs',
    sources: ['NHS-BP', 'NICE-CKS'],
    title: () => msg('Other signs', { id: 'triage.step.urgent.title' }),
    legend: () =>
      msg('Since your back pain started, have you had any of these? Tick each one you have had.', {
        id: 'triage.step.urgent.legend',
      }),
    items: [
      ...['fever', 'weight-loss', 'cannot-move', 'night-pain', 'lump', 'cough-sneeze', 'tummy-pulse'].map((id) => urgentSign(id)),
      urgentSign('pregnancy-warning', mayBePregnant),
    ],
  },
  {
    id: 'history',
    kind: 'signs',
    sources: ['NICE-CKS'],
    title: () => msg('Your health', { id: 'triage.step.history.title' }),
    legend: () => msg('Do any of these apply to you? Tick each one that does.', { id: 'triage.step.history.legend' }),
    items: [
      urgentSign('cancer-history'),
      urgentSign('weak-immunity'),
      urgentSign('injects-drugs'),
      {
        id: 'thin-bones',
        sources: ['NICE-CKS', 'ROS'],
        text: () =>
          msg('You have thin bones (osteoporosis), or have taken steroid tablets for 3 months or more', {
            id: 'triage.item.thin-bones',
          }),
      },
    ],
  },
  choiceStep({
    id: 'pain-where',
    sources: ['NHS-BP'],
    title: () => msg('Where it hurts', { id: 'triage.step.where.title' }),
    legend: () => msg('Where is the pain?', { id: 'triage.step.where.legend' }),
    options: [
      { value: 'low', label: () => msg('Low in my back', { id: 'answer.where.low' }) },
      { value: 'upper', label: () => msg('High in my back, between my shoulder blades', { id: 'answer.where.upper' }) },
      { value: 'both', label: () => msg('Both low and high', { id: 'answer.where.both' }) },
      notSure,
    ],
  }),
  choiceStep({
    id: 'pain-start',
    sources: ['002', 'NICE-CKS'],
    title: () => msg('How it started', { id: 'triage.step.start.title' }),
    legend: () => msg('How did the pain start?', { id: 'triage.step.start.legend' }),
    options: [
      { value: 'injury', label: () => msg('After a fall, a knock or another injury', { id: 'answer.start.injury' }) },
      { value: 'strain', label: () => msg('After lifting, bending, twisting or overdoing it', { id: 'answer.start.strain' }) },
      { value: 'by-itself', label: () => msg('It came on without any of these', { id: 'answer.start.by-itself' }) },
      notSure,
    ],
  }),
  choiceStep({
    id: 'first-time',
    askIf: is('age', '51-69', '70-plus'),
    sources: ['NICE-CKS'],
    title: () => msg('Back pain before', { id: 'triage.step.first-time.title' }),
    legend: () => msg('Is this the first time you have had back pain?', { id: 'triage.step.first-time.legend' }),
    options: yesNo,
  }),
  {
    id: 'see-doctor-signs',
    kind: 'signs',
    sources: ['000', '002', '004', 'NHS-BP'],
    title: () => msg('How it is going', { id: 'triage.step.doctor.title' }),
    legend: () => msg('Do any of these apply to you? Tick each one that does.', { id: 'triage.step.doctor.legend' }),
    items: [
      {
        id: 'duration',
        sources: ['000', '002', 'NHS-BP'],
        text: () => msg('You have had this pain for a week or more', { id: 'triage.item.duration' }),
      },
      {
        id: 'radiating',
        sources: ['000', '002', '004', 'NHS-SCI'],
        text: () =>
          msg('Pain, tingling or numbness spreads into one buttock, thigh or leg', { id: 'triage.item.radiating' }),
      },
      {
        id: 'not-improving',
        sources: ['004', 'NHS-BP'],
        text: () =>
          msg('The pain is very bad (always there, making it hard to think, talk or sleep) and no better after a few days', {
            id: 'triage.item.not-improving',
          }),
      },
      {
        id: 'recurring',
        sources: ['001', '004'],
        text: () => msg('Your back spasms keep coming back, or happen often', { id: 'triage.item.recurring' }),
      },
      {
        id: 'not-coping',
        sources: ['NHS-BP'],
        text: () =>
          msg('The pain stops you doing your daily activities, is getting worse, or you are worried or finding it hard to cope', {
            id: 'triage.item.not-coping',
          }),
      },
    ],
  },
];

/** A minor strain or injury, on fragile bones: CONTENT.md §7 `fragile-bones`. */
const fragile: Cond = {
  all: [is('pain-start', 'injury', 'strain', NOT_SURE), { any: [yes('thin-bones'), is('age', '70-plus', NOT_SURE)] }],
};
const pregnancyWarning = yes('pregnancy-warning');

/** The rules, in the order their reasons are listed within a level. */
export const TRIAGE_RULES: readonly TriageRule[] = [
  // §6: yes gives emergency; not sure gives the row's own level.
  ...EMERGENCY_SIGNS.flatMap((s): TriageRule[] => [
    { reason: s.id, level: 'emergency', when: is(s.id, YES) },
    { reason: s.id, level: s.notSure, when: is(s.id, NOT_SURE) },
  ]),
  // §7
  ...['fever', 'weight-loss', 'cannot-move', 'night-pain'].map((id): TriageRule => ({ reason: id, level: 'urgent', when: yes(id) })),
  { reason: 'upper-back', level: 'urgent', when: is('pain-where', 'upper', 'both', NOT_SURE) },
  ...['lump', 'cough-sneeze', 'tummy-pulse', 'cancer-history', 'weak-immunity', 'injects-drugs'].map(
    (id): TriageRule => ({ reason: id, level: 'urgent', when: yes(id) }),
  ),
  { reason: 'fragile-bones', level: 'urgent', when: fragile },
  { reason: 'pregnancy-warning', level: 'urgent', when: { all: [mayBePregnant, pregnancyWarning] } },
  // §8
  ...['duration', 'radiating'].map((id): TriageRule => ({ reason: id, level: 'see-doctor', when: yes(id) })),
  { reason: 'injury', level: 'see-doctor', when: { all: [is('pain-start', 'injury', NOT_SURE), { not: fragile }] } },
  ...['not-improving', 'recurring', 'not-coping'].map((id): TriageRule => ({ reason: id, level: 'see-doctor', when: yes(id) })),
  {
    reason: 'age',
    level: 'see-doctor',
    when: { any: [is('age', 'under-16', '16-19', NOT_SURE), { all: [is('age', '51-69', '70-plus'), yes('first-time')] }] },
  },
  { reason: 'pregnancy', level: 'see-doctor', when: { all: [mayBePregnant, { not: pregnancyWarning }] } },
];

/** The see-doctor reasons of CONTENT.md §8. Ids are public. */
export const SEE_DOCTOR_REASON_IDS = [
  'duration',
  'radiating',
  'injury',
  'not-improving',
  'recurring',
  'not-coping',
  'age',
  'pregnancy',
] as const;

export const URGENT_SIGN_IDS = URGENT_SIGNS.map((s) => s.id);
