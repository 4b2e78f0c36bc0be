import { msg, str } from '@lit/localize';
import { celsius, fahrenheit } from '../core/format.js';
import type { SourceKey } from './sources.js';

/** The emergency warning signs of CONTENT.md §6. Ids are public (events, attributes). */
export type RedFlagId =
  | 'bladder-bowel'
  | 'saddle-numbness'
  | 'leg-weakness-numbness'
  | 'one-side-numbness'
  | 'balance-coordination'
  | 'fever'
  | 'weight-loss'
  | 'severe-injury'
  | 'cannot-move';

export interface RedFlag {
  id: RedFlagId;
  sources: readonly SourceKey[];
  /** The sign in plain words, in the current locale. */
  text: () => string;
}

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'bladder-bowel',
    sources: ['001', '002', 'NHS'],
    text: () => msg('You cannot control your bladder or bowels, or you suddenly find it hard to pee', { id: 'flag.bladder-bowel' }),
  },
  {
    id: 'saddle-numbness',
    sources: ['NHS', 'BASS'],
    text: () => msg('Numbness or tingling between your legs: around your genitals, bottom or inner thighs', { id: 'flag.saddle-numbness' }),
  },
  {
    id: 'leg-weakness-numbness',
    sources: ['001', '002'],
    text: () => msg('New or worse numbness, tingling or weakness in your legs, feet, buttocks or arms', { id: 'flag.leg-weakness-numbness' }),
  },
  {
    id: 'one-side-numbness',
    sources: ['002'],
    text: () => msg('Numbness down one side of your body', { id: 'flag.one-side-numbness' }),
  },
  {
    id: 'balance-coordination',
    sources: ['001', '002'],
    text: () => msg('New trouble keeping your balance or controlling your movements', { id: 'flag.balance-coordination' }),
  },
  {
    id: 'fever',
    sources: ['001'],
    text: () => {
      const c = celsius(38);
      const f = fahrenheit(100.4);
      return msg(str`A fever of ${c} (${f}) or higher as well as the back pain`, { id: 'flag.fever' });
    },
  },
  {
    id: 'weight-loss',
    sources: ['001'],
    text: () => msg('Losing a lot of weight without trying', { id: 'flag.weight-loss' }),
  },
  {
    id: 'severe-injury',
    sources: ['001', '004'],
    text: () => msg('The pain started after a car accident, a fall or a hard knock in sport', { id: 'flag.severe-injury' }),
  },
  {
    id: 'cannot-move',
    sources: ['001'],
    text: () => msg('The pain is so bad you cannot do basic movements', { id: 'flag.cannot-move' }),
  },
];
