import { msg, str } from '@lit/localize';
import { celsius, fahrenheit } from '../core/format.js';
import type { SourceKey } from './sources.js';

/**
 * The warning signs of CONTENT.md §6 (call the emergency number now) and §7
 * (get medical help today). Ids are public: events, attributes, triage
 * reasons. Signs are asked about since the pain started, even if they have
 * stopped, so the wording never says "right now".
 */
export type EmergencySignId =
  | 'bladder-bowel'
  | 'saddle-numbness'
  | 'both-legs'
  | 'leg-weakness'
  | 'one-side-weakness'
  | 'balance-coordination'
  | 'chest-pain'
  | 'tummy-pain-faint'
  | 'severe-injury';

export type UrgentSignId =
  | 'fever'
  | 'weight-loss'
  | 'cannot-move'
  | 'night-pain'
  | 'upper-back'
  | 'lump'
  | 'cough-sneeze'
  | 'tummy-pulse'
  | 'cancer-history'
  | 'weak-immunity'
  | 'injects-drugs'
  | 'fragile-bones'
  | 'pregnancy-warning';

export type SignLevel = 'emergency' | 'urgent';

export interface Sign<Id extends string = string> {
  id: Id;
  level: SignLevel;
  /** The level "not sure" about this sign gives (CONTENT.md §6: a few give `urgent`). */
  notSure: SignLevel;
  sources: readonly SourceKey[];
  /** The sign in plain words, in the current locale. */
  text: () => string;
}

const emergency = (
  id: EmergencySignId,
  sources: readonly SourceKey[],
  text: () => string,
  notSure: SignLevel = 'emergency',
): Sign<EmergencySignId> => ({ id, level: 'emergency', notSure, sources, text });

const urgent = (id: UrgentSignId, sources: readonly SourceKey[], text: () => string): Sign<UrgentSignId> => ({
  id,
  level: 'urgent',
  notSure: 'urgent',
  sources,
  text,
});

/** §6, in the order they are asked. */
export const EMERGENCY_SIGNS: readonly Sign<EmergencySignId>[] = [
  emergency('bladder-bowel', ['001', '002', 'NHS-BP', 'BASS'], () =>
    msg('New trouble starting to pee or holding in pee or poo, leaking, or not feeling when your bladder or bowel is full', {
      id: 'sign.bladder-bowel',
    }),
  ),
  emergency('saddle-numbness', ['NHS-BP', 'BASS', 'NHS-CES'], () =>
    msg('Numbness, tingling or a changed feeling between your legs: genitals, back passage, buttocks or inner thighs, also when you wipe', {
      id: 'sign.saddle-numbness',
    }),
  ),
  emergency('both-legs', ['NHS-BP', 'NHS-SCI', 'BASS'], () =>
    msg('Pain, tingling, numbness or weakness in both legs', { id: 'sign.both-legs' }),
  ),
  emergency('leg-weakness', ['001', '002', 'NICE-CKS', 'NHS-SCI'], () =>
    msg('A leg or foot getting weaker or heavy, dragging or slapping down, toes catching, or new trouble walking', {
      id: 'sign.leg-weakness',
    }),
  ),
  emergency(
    'one-side-weakness',
    ['002'],
    () => msg('Sudden numbness or weakness down one whole side of your body: face, arm and leg', { id: 'sign.one-side-weakness' }),
    'urgent',
  ),
  emergency(
    'balance-coordination',
    ['001', '002'],
    () => msg('New trouble keeping your balance or controlling your movements', { id: 'sign.balance-coordination' }),
    'urgent',
  ),
  emergency('chest-pain', ['NHS-BP'], () =>
    msg('Chest pain, or sudden shortness of breath, with the back pain', { id: 'sign.chest-pain' }),
  ),
  emergency('tummy-pain-faint', ['NHS-AAA'], () =>
    msg('Sudden severe pain in your tummy, or feeling faint, dizzy or sweaty, with the back pain', { id: 'sign.tummy-pain-faint' }),
  ),
  emergency(
    'severe-injury',
    ['001', '004', 'NHS-BP'],
    () =>
      msg('The pain started after a serious accident: a car crash, a fall from a height or down stairs, or a hard blow to your back', {
        id: 'sign.severe-injury',
      }),
    'urgent',
  ),
];

/** §7, in the order a list shows them. */
export const URGENT_SIGNS: readonly Sign<UrgentSignId>[] = [
  urgent('fever', ['001', 'NHS-BP', 'NICE-CKS'], () => {
    const c = celsius(38);
    const f = fahrenheit(100.4);
    return msg(str`A temperature of ${c} (${f}) or more, or feeling hot and shivery`, { id: 'sign.fever' });
  }),
  urgent('weight-loss', ['001', 'NHS-BP', 'NICE-CKS'], () => msg('Losing weight without trying', { id: 'sign.weight-loss' })),
  urgent('cannot-move', ['001', 'NHS-BP'], () =>
    msg('Pain so bad that you cannot move, get out of bed or get to the toilet, even after pain relief', { id: 'sign.cannot-move' }),
  ),
  urgent('night-pain', ['NHS-BP', 'NICE-CKS'], () =>
    msg('Pain that does not ease when you lie still, or is worst at night and wakes you', { id: 'sign.night-pain' }),
  ),
  urgent('upper-back', ['NHS-BP'], () =>
    msg('The pain is mainly high in your back, between your shoulder blades, rather than low down', { id: 'sign.upper-back' }),
  ),
  urgent('lump', ['NHS-BP'], () => msg('A lump or swelling on your back, or your back has changed shape', { id: 'sign.lump' })),
  urgent('cough-sneeze', ['NHS-BP'], () =>
    msg('The pain is much worse when you cough, sneeze or strain on the toilet', { id: 'sign.cough-sneeze' }),
  ),
  urgent('tummy-pulse', ['NHS-AAA'], () => msg('A pulsing or throbbing feeling in your tummy', { id: 'sign.tummy-pulse' })),
  urgent('cancer-history', ['NICE-CKS', 'NICE-MSCC'], () => msg('You have ever had cancer', { id: 'sign.cancer-history' })),
  urgent('weak-immunity', ['NICE-CKS'], () =>
    msg(
      'A weakened immune system: steroid tablets for 3 months or more, chemotherapy, medicines that lower immunity (for example after a transplant or for arthritis), or HIV',
      { id: 'sign.weak-immunity' },
    ),
  ),
  urgent('injects-drugs', ['NICE-CKS'], () => msg('You inject drugs', { id: 'sign.injects-drugs' })),
  urgent('fragile-bones', ['NICE-CKS', '004'], () =>
    msg(
      'The pain began after a minor fall, lift or strain, and you have thin bones (osteoporosis), have taken steroid tablets for 3 months or more, or are 70 or over',
      { id: 'sign.fragile-bones' },
    ),
  ),
  urgent('pregnancy-warning', ['NHS-PREG'], () =>
    msg(
      'You are pregnant and the pain comes in waves or with tightening of your bump, or with bleeding, leaking fluid, a fever or pain when you pee',
      { id: 'sign.pregnancy-warning' },
    ),
  ),
];

export const ALL_SIGNS: readonly Sign[] = [...EMERGENCY_SIGNS, ...URGENT_SIGNS];

export const signById = (id: string): Sign | undefined => ALL_SIGNS.find((s) => s.id === id);
