/**
 * Triage rules (CONTENT.md §5–§9), pure and driven by data: the steps and the
 * rules live in src/content/triage.ts and are passed in, so a new sign or
 * question is a content change. Four levels; the most urgent one any answer
 * reaches wins, and no later answer can lower it.
 */

/** The outcomes, most urgent first. Public ids (`disposition`). */
export const DISPOSITIONS = ['emergency', 'urgent', 'see-doctor', 'self-care'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const YES = 'yes';
export const NO = 'no';
export const NOT_SURE = 'not-sure';

/** Question or sign id → the value chosen. Plain JSON: it goes out in `spasm-triage-result`. */
export type Answers = Readonly<Record<string, string>>;

/**
 * A condition on the answers. `{ q, in }` holds when the answer to `q` is one
 * of `in`; an answer to a question that was asked but is missing counts as
 * "not sure"; a question that was not asked matches nothing.
 */
export type Cond =
  | { readonly q: string; readonly in: readonly string[] }
  | { readonly all: readonly Cond[] }
  | { readonly any: readonly Cond[] }
  | { readonly not: Cond };

export interface RuleItem {
  readonly id: string;
  /** Asked only when this holds (judged on the earlier steps). */
  readonly askIf?: Cond;
}

/** One screen: a checklist of signs (each answered yes / no / not sure), or one question. */
export interface RuleStep {
  readonly id: string;
  readonly kind: 'signs' | 'choice';
  /** `signs`: the items, each its own answer id. */
  readonly items?: readonly RuleItem[];
  /** `choice`: the values, "not sure" among them. */
  readonly choices?: readonly string[];
  /** Asked only when this holds (judged on the earlier steps). */
  readonly askIf?: Cond;
}

export interface Rule {
  /** The reason id it gives (public: a sign or reason id of CONTENT.md §6–§8). */
  readonly reason: string;
  readonly level: Exclude<Disposition, 'self-care'>;
  readonly when: Cond;
}

export interface TriageResult {
  disposition: Disposition;
  /** Reason ids, most urgent first, then in rule order. */
  reasons: string[];
  /** The reasons that rest on a "not sure" (or missing) answer. */
  unsure: string[];
}

interface Match {
  ok: boolean;
  /** The match rests on a "not sure" answer. */
  unsure: boolean;
}

/** The answer that counts for `q`: null when it was not asked, "not sure" when asked and missing. */
type Lookup = (q: string) => string | null;

function test(cond: Cond, look: Lookup): Match {
  if ('q' in cond) {
    const value = look(cond.q);
    const ok = value !== null && cond.in.includes(value);
    return { ok, unsure: ok && value === NOT_SURE };
  }
  if ('all' in cond) {
    const parts = cond.all.map((c) => test(c, look));
    const ok = parts.every((p) => p.ok);
    return { ok, unsure: ok && parts.some((p) => p.unsure) };
  }
  if ('any' in cond) {
    const hits = cond.any.map((c) => test(c, look)).filter((p) => p.ok);
    return { ok: hits.length > 0, unsure: hits.length > 0 && hits.every((p) => p.unsure) };
  }
  return { ok: !test(cond.not, look).ok, unsure: false };
}

const rank = (d: Disposition): number => DISPOSITIONS.indexOf(d);

/** The most urgent of the levels (self-care when none). */
export const mostUrgent = (levels: readonly Disposition[]): Disposition =>
  levels.reduce<Disposition>((best, l) => (rank(l) < rank(best) ? l : best), 'self-care');

/** The answer ids a step asks, given the answers so far. */
function itemsAsked(step: RuleStep, look: Lookup): string[] {
  if (step.kind === 'choice') return [step.id];
  return (step.items ?? []).filter((i) => !i.askIf || test(i.askIf, look).ok).map((i) => i.id);
}

/** What the walk through the steps found: the steps asked and every answer id they asked. */
interface Walk {
  steps: RuleStep[];
  asked: Set<string>;
  result: TriageResult;
}

function judge(rules: readonly Rule[], look: Lookup): TriageResult {
  const hits = new Map<string, { level: Disposition; unsure: boolean; order: number }>();
  rules.forEach((rule, order) => {
    const m = test(rule.when, look);
    if (!m.ok) return;
    const before = hits.get(rule.reason);
    // One reason id may have two rules (a §6 sign: yes gives emergency, not sure urgent): keep the higher.
    if (!before || rank(rule.level) < rank(before.level)) hits.set(rule.reason, { level: rule.level, unsure: m.unsure, order });
  });
  const sorted = [...hits].sort(([, a], [, b]) => rank(a.level) - rank(b.level) || a.order - b.order);
  return {
    disposition: mostUrgent(sorted.map(([, h]) => h.level)),
    reasons: sorted.map(([id]) => id),
    unsure: sorted.filter(([, h]) => h.unsure).map(([id]) => id),
  };
}

/**
 * Walks the steps in order: a step is asked when its `askIf` holds on the
 * answers before it, and the walk ends early as soon as the answers reach
 * `emergency` (CONTENT.md §5: a §6 "yes" ends the questions at once).
 */
function walk(steps: readonly RuleStep[], rules: readonly Rule[], answers: Answers): Walk {
  const asked = new Set<string>();
  const look: Lookup = (q) => (asked.has(q) ? (answers[q] ?? NOT_SURE) : null);
  const taken: RuleStep[] = [];
  let result = judge(rules, look);
  for (const step of steps) {
    if (step.askIf && !test(step.askIf, look).ok) continue;
    taken.push(step);
    for (const id of itemsAsked(step, look)) asked.add(id);
    result = judge(rules, look);
    // Only a step the patient has answered ends the walk: one not reached yet counts as "not sure"
    // for the outcome, but must not hide the steps after it.
    if (result.disposition === 'emergency' && isAnswered(step, answers)) break;
  }
  return { steps: taken, asked, result };
}

function isAnswered(step: RuleStep, answers: Answers): boolean {
  const ids = step.kind === 'choice' ? [step.id] : (step.items ?? []).map((i) => i.id);
  return ids.some((id) => answers[id] !== undefined);
}

/**
 * The steps to show, in order, given the answers so far. Unanswered steps
 * count as "not sure", so the list is the longest it can still be; it ends
 * early once answered steps reach `emergency`.
 */
export const stepsToAsk = <S extends RuleStep>(steps: readonly S[], rules: readonly Rule[], answers: Answers): S[] =>
  walk(steps, rules, answers).steps as S[];

/** The answer ids a step asks, given the answers so far (a checklist may hide an item). */
export function itemsOf(step: RuleStep, steps: readonly RuleStep[], rules: readonly Rule[], answers: Answers): string[] {
  const { asked } = walk(steps, rules, answers);
  return itemsAsked(step, (q) => (asked.has(q) ? (answers[q] ?? NOT_SURE) : null));
}

/** The outcome: the most urgent level reached, and why. */
export const triage = (steps: readonly RuleStep[], rules: readonly Rule[], answers: Answers): TriageResult =>
  walk(steps, rules, answers).result;

/** Only the answers to what was asked (nothing left over from a path since changed). */
export function answersGiven(steps: readonly RuleStep[], rules: readonly Rule[], answers: Answers): Record<string, string> {
  const { asked } = walk(steps, rules, answers);
  const given: Record<string, string> = {};
  for (const id of asked) if (answers[id] !== undefined) given[id] = answers[id]!;
  return given;
}

/** The answers with `changes` made: a value sets an answer, `undefined` takes it back. */
export function withChanges(answers: Answers, changes: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const next = { ...answers };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** "No" for every answer id of the step that has no answer yet (the rest of a checklist sent on). */
export function restAsNo(step: RuleStep, steps: readonly RuleStep[], rules: readonly Rule[], answers: Answers): Record<string, string> {
  const open = itemsOf(step, steps, rules, answers).filter((id) => answers[id] === undefined);
  return Object.fromEntries(open.map((id) => [id, NO]));
}

/**
 * The step to show after `stepId`, or null when the outcome comes next. The
 * steps stop at an answered step that reaches an emergency, so nothing follows it.
 */
export function stepAfter<S extends RuleStep>(steps: readonly S[], rules: readonly Rule[], answers: Answers, stepId: string): S | null {
  const asked = stepsToAsk(steps, rules, answers);
  return asked[asked.findIndex((s) => s.id === stepId) + 1] ?? null;
}

/** The step to show before `stepId`, or null before the first (the start screen). */
export function stepBefore<S extends RuleStep>(steps: readonly S[], rules: readonly Rule[], answers: Answers, stepId: string): S | null {
  const asked = stepsToAsk(steps, rules, answers);
  const at = asked.findIndex((s) => s.id === stepId);
  return at > 0 ? asked[at - 1]! : null;
}

/** Age bands of CONTENT.md §9, from a whole number of years. */
export const AGE_BANDS = ['under-16', '16-19', '20-50', '51-69', '70-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(years: number): AgeBand {
  if (years < 16) return 'under-16';
  if (years < 20) return '16-19';
  if (years <= 50) return '20-50';
  if (years < 70) return '51-69';
  return '70-plus';
}
