import { msg, str } from '@lit/localize';
import { timeWords, unitRange } from '../core/format.js';
import type { SourceKey } from './sources.js';

/** One piece of home-care advice (CONTENT.md §3 and §4). */
export interface Advice {
  id: string;
  sources: readonly SourceKey[];
  /** Part of the short list for someone waiting to see a doctor. */
  essential: boolean;
  title: () => string;
  text: () => string;
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
    sources: ['000', '001', '004'],
    essential: true,
    title: () => msg('Then heat', { id: 'care.heat.title' }),
    text: () => {
      const time = unitRange(10, 20, 'minute');
      return msg(
        str`After that, or when your back is stiff but not swollen, use heat: a warm shower or bath, or a heating pad, for ${time} at a time. Never fall asleep on a heating pad.`,
        { id: 'care.heat.text' },
      );
    },
  },
  {
    id: 'skin-rest',
    // Ice first, then heat is usual practice, not proven (CONTENT.md, Cochrane note).
    sources: ['001', '002'],
    essential: false,
    title: () => msg('Give your skin a break', { id: 'care.skin-rest.title' }),
    text: () => {
      const off = timeWords(1, 'hour');
      return msg(
        str`Wait about ${off} between rounds of ice or heat. Ice first, then heat is the usual advice, but some people do best switching between them: go with what feels better.`,
        { id: 'care.skin-rest.text' },
      );
    },
  },
  {
    id: 'pain-relief',
    sources: ['000', '001', '002'],
    essential: true,
    title: () => msg('Pain relief from the pharmacy', { id: 'care.pain-relief.title' }),
    text: () => {
      const days = unitRange(3, 5, 'day');
      return msg(
        str`Over-the-counter medicines can help: always follow the label. Ibuprofen, naproxen and aspirin ease pain and swelling; acetaminophen (paracetamol) eases pain only. Taking them regularly for ${days} may help more than only when the pain flares. If you have other health problems or take other medicines, ask a pharmacist or doctor first.`,
        { id: 'care.pain-relief.text' },
      );
    },
  },
  {
    id: 'stretches',
    sources: ['001'],
    essential: false,
    title: () => msg('Gentle stretches', { id: 'care.stretches.title' }),
    text: () => {
      const hold = unitRange(20, 30, 'second');
      return msg(
        str`Lie on your back and gently pull one knee toward your chest for ${hold}, then the other knee. You can also try cat-cow or child's pose, or lie on your back with your knees bent and let them fall slowly from side to side. Move slowly and stop if you feel sharp pain.`,
        { id: 'care.stretches.text' },
      );
    },
  },
  {
    id: 'positions',
    sources: ['001', '002'],
    essential: false,
    title: () => msg('Resting positions', { id: 'care.positions.title' }),
    text: () =>
      msg(
        'To rest, lie on your back with a pillow under your knees, or on your side with a pillow between your knees, or sit back with your knees supported. Avoid lying on your stomach if it hurts.',
        { id: 'care.positions.text' },
      ),
  },
];
