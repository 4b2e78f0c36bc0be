/**
 * Which outcome left on a kiosk must reach a person when the patient walks
 * away: pure, so the rule can be tested without a kiosk.
 */
export const ALERT_LEVELS = ['emergency', 'urgent'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/**
 * The most serious of `outcomes` (each a hosted widget's reflected outcome,
 * or null) that the clinic alerts on, or null. Emergency comes first, so a
 * kiosk holding both an emergency and an urgent outcome reports the emergency.
 */
export function alertFor(outcomes: readonly (string | null | undefined)[], alertOn: readonly AlertLevel[]): AlertLevel | null {
  return ALERT_LEVELS.find((level) => alertOn.includes(level) && outcomes.includes(level)) ?? null;
}
