import { msg, str } from '@lit/localize';
import { timeWords, unitRange } from '../core/format.js';
import type { SourceKey } from './sources.js';
import { NOT_SURE, YES } from './triage.js';

/**
 * What the patient said that changes the home-care plan (CONTENT.md §10–§12).
 * Each flag is true for "yes" and for "not sure": when in doubt, the caution shows.
 */
export interface CareContext {
  pregnant: boolean;
  under16: boolean;
  /** 51 to 69, or age not given: "if you are 65 or over". */
  maybe65: boolean;
  /** 70 or over. */
  over65: boolean;
  thinBones: boolean;
}

export const NO_CONTEXT: CareContext = { pregnant: false, under16: false, maybe65: false, over65: false, thinBones: false };

const yesOrUnsure = (v: string | undefined) => v === YES || v === NOT_SURE;

/** The context from the triage's answers (its question ids and age bands, content/triage.ts). */
export function careContext(answers: Readonly<Record<string, string>>): CareContext {
  const age = answers['age'];
  return {
    pregnant: yesOrUnsure(answers['pregnant']),
    under16: age === 'under-16',
    maybe65: age === '51-69' || age === NOT_SURE,
    over65: age === '70-plus',
    thinBones: yesOrUnsure(answers['thin-bones']),
  };
}

/** One piece of home-care advice (CONTENT.md §3, §4, adjusted by §10–§12). */
export interface Advice {
  id: string;
  sources: readonly SourceKey[];
  /** Part of the short list for someone waiting to see a doctor. */
  essential: boolean;
  title: () => string;
  text: (c: CareContext) => string;
}

const join = (...parts: (string | false)[]): string => parts.filter(Boolean).join(' ');

/** §10: pain relief, as it applies to this patient. */
function painRelief(c: CareContext): string {
  const label = msg('Always follow the label, and never take two products with the same medicine in them.', {
    id: 'care.pain-relief.label',
  });
  if (c.pregnant) {
    return join(
      msg(
        'As you are or may be pregnant, do not take ibuprofen, naproxen or aspirin unless a doctor or midwife says so. Ask a pharmacist or your midwife which pain relief is safe for you.',
        { id: 'care.pain-relief.pregnant' },
      ),
      label,
    );
  }
  const days = unitRange(3, 5, 'day');
  return join(
    msg(
      str`Ibuprofen, naproxen and aspirin ease pain and swelling; acetaminophen (paracetamol) eases pain only, and on its own helps back pain less. Taking them regularly for ${days} may help more than only when the pain flares.`,
      { id: 'care.pain-relief.what' },
    ),
    c.under16 && msg('Never give aspirin to anyone under 16.', { id: 'care.pain-relief.under-16' }),
    c.over65 &&
      msg('As you are over 65, ask a pharmacist or doctor before taking ibuprofen, naproxen or aspirin.', {
        id: 'care.pain-relief.over-65',
      }),
    c.maybe65 &&
      !c.over65 &&
      msg('If you are 65 or over, ask a pharmacist or doctor before taking ibuprofen, naproxen or aspirin.', {
        id: 'care.pain-relief.maybe-65',
      }),
    msg(
      'Ask a pharmacist or doctor first if you have a stomach ulcer or bleeding, heart, kidney or liver disease, or asthma made worse by ibuprofen, or if you take blood thinners.',
      { id: 'care.pain-relief.ask-first' },
    ),
    label,
  );
}

/** The home-care plan, in the order a patient would use it. */
export const HOME_CARE: readonly Advice[] = [
  {
    id: 'keep-moving',
    sources: ['000', '001', '002', '004'],
    essential: true,
    title: () => msg('Keep moving', { id: 'care.keep-moving.title' }),
    text: () => {
      const walk = unitRange(5, 10, 'minute');
      return msg(
        str`Stay as active as you can: bed rest is no longer advised. Only avoid what makes the pain worse. Take short walks on flat ground, ${walk} each, a few times a day, and walk longer as the pain eases.`,
        { id: 'care.keep-moving.text' },
      );
    },
  },
  {
    id: 'ice',
    sources: ['001', '004'],
    essential: true,
    title: () => msg('Ice for the first days', { id: 'care.ice.title' }),
    text: () => {
      const days = unitRange(1, 3, 'day');
      const time = unitRange(10, 20, 'minute');
      return msg(
        str`For the first ${days}, hold an ice pack wrapped in a thin cloth on the sore area for ${time} at a time, a few times a day. Never put ice on bare skin.`,
        { id: 'care.ice.text' },
      );
    },
  },
  {
    id: 'heat',
    sources: ['000', '001', '004', 'HEAT-COLD', 'NHS-PREG'],
    essential: true,
    title: () => msg('Then heat', { id: 'care.heat.title' }),
    text: (c) => {
      const time = unitRange(10, 20, 'minute');
      return join(
        msg(
          str`After that, or when your back is stiff but not swollen, use heat: a warm shower or bath, or a heating pad, for ${time} at a time. Never fall asleep on a heating pad.`,
          { id: 'care.heat.text' },
        ),
        c.pregnant && msg('Do not put a heat pack on your bump, and avoid very hot baths.', { id: 'care.heat.pregnant' }),
      );
    },
  },
  {
    id: 'skin-rest',
    // Ice first, then heat is usual practice, not proven (CONTENT.md, Cochrane note).
    sources: ['001', '002', 'HEAT-COLD'],
    essential: true,
    title: () => msg('Look after your skin', { id: 'care.skin.title' }),
    text: (c) => {
      const off = timeWords(1, 'hour');
      return join(
        msg(
          str`Wait at least ${off} between rounds of ice or heat, and look at your skin afterwards. Do not use ice or heat on skin that is numb or cannot feel heat and cold normally, if you have poor circulation, or on broken skin or a rash.`,
          { id: 'care.skin.text' },
        ),
        (c.under16 || c.over65) &&
          msg("Children's and older people's skin burns more easily: check it more often.", { id: 'care.skin.thin' }),
        msg('Ice first, then heat is the usual advice, not a rule: some people do best switching between them.', {
          id: 'care.skin.usual',
        }),
      );
    },
  },
  {
    id: 'pain-relief',
    sources: ['000', '001', '002', 'NICE-NG59', 'NHS-IBU', 'NHS-ASP', 'NHS-PREG'],
    essential: true,
    title: () => msg('Pain relief from the pharmacy', { id: 'care.pain-relief.title' }),
    text: painRelief,
  },
  {
    id: 'stretches',
    sources: ['001', 'NHS-PREG', 'NHS-SCI', 'ROS'],
    essential: false,
    title: () => msg('Gentle stretches', { id: 'care.stretches.title' }),
    text: (c) => {
      const hold = unitRange(20, 30, 'second');
      return join(
        msg(
          str`Lie on your back and gently pull one knee toward your chest for ${hold}, then the other knee. You can also try cat-cow or child's pose, or lie on your back with your knees bent and let them fall slowly from side to side. Move slowly.`,
          { id: 'care.stretches.how' },
        ),
        msg('Stop if a stretch hurts, or if pain, tingling or numbness spreads down a leg.', { id: 'care.stretches.stop' }),
        c.pregnant &&
          msg('While pregnant, skip stretches on your stomach, and after about 16 weeks do not lie flat on your back for long.', {
            id: 'care.stretches.pregnant',
          }),
        c.thinBones &&
          msg('With thin bones, ask a doctor or physiotherapist before stretches that bend you forward.', {
            id: 'care.stretches.thin-bones',
          }),
      );
    },
  },
  {
    id: 'positions',
    sources: ['001', '002', 'NHS-PREG'],
    essential: false,
    title: () => msg('Resting positions', { id: 'care.positions.title' }),
    text: (c) =>
      join(
        msg(
          'To rest, lie on your back with a pillow under your knees, or on your side with a pillow between your knees, or sit back with your knees supported. Avoid lying on your stomach if it hurts.',
          { id: 'care.positions.text' },
        ),
        c.pregnant && msg('While pregnant, rest on your side rather than flat on your back.', { id: 'care.positions.pregnant' }),
      ),
  },
];
