import { msg } from '@lit/localize';

/** The widgets a kiosk can offer, by the names its `widgets` attribute uses. */
export type WidgetName = 'triage' | 'timer' | 'stretches' | 'red-flags';

export interface HostedWidget {
  name: WidgetName;
  tag: string;
  /** Extra attributes the kiosk sets on it. */
  attributes?: Record<string, string>;
  title: () => string;
  blurb: () => string;
}

export const WIDGETS: readonly HostedWidget[] = [
  {
    name: 'triage',
    tag: 'spasm-triage',
    title: () => msg('Check your back pain', { id: 'kiosk.triage' }),
    blurb: () => msg('A few questions, then what to do next', { id: 'kiosk.triage-blurb' }),
  },
  {
    name: 'timer',
    tag: 'heat-ice-timer',
    title: () => msg('Ice and heat timer', { id: 'kiosk.timer' }),
    blurb: () => msg('Time a round of ice or heat safely', { id: 'kiosk.timer-blurb' }),
  },
  {
    name: 'stretches',
    tag: 'stretch-routine',
    title: () => msg('Gentle stretches', { id: 'kiosk.stretches' }),
    blurb: () => msg('Step-by-step stretches with pictures', { id: 'kiosk.stretches-blurb' }),
  },
  {
    name: 'red-flags',
    tag: 'red-flag-list',
    attributes: { mode: 'checklist' },
    title: () => msg('Warning signs', { id: 'kiosk.red-flags' }),
    blurb: () => msg('When back pain needs emergency care', { id: 'kiosk.red-flags-blurb' }),
  },
];

export const WIDGET_NAMES = WIDGETS.map((w) => w.name);
