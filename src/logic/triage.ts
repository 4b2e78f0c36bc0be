/**
 * Triage rules: red flags first, then the "see a doctor" questions, else
 * self-care. Pure: the questions are passed in as data (src/content/triage.ts),
 * so adding a question is a content change, not a new rule here.
 */

/** The outcomes, most urgent first. */
export const DISPOSITIONS = ['emergency', 'see-doctor', 'self-care'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface RuleChoice {
  readonly value: string;
  /** Choosing this answer gives the question's reason to see a doctor. */
  readonly flags: boolean;
}

export interface RuleQuestion {
  readonly id: string;
  /** The see-doctor reason this question can give (a content id such as `duration`). */
  readonly reason: string;
  readonly choices: readonly RuleChoice[];
  /** Not asked when an earlier question's answer is one of `answerIn`. */
  readonly skipIf?: { readonly question: string; readonly answerIn: readonly string[] };
}

/** What the patient said. Plain JSON: it goes out in `spasm-triage-result`. */
export interface TriageAnswers {
  /** The red-flag ids ticked, in display order; empty when none apply. */
  redFlags: string[];
  /** Question id → the value of the chosen answer. */
  questions: Record<string, string>;
}

export interface TriageResult {
  disposition: Disposition;
  /** Red-flag ids for `emergency`; see-doctor reason ids for `see-doctor`; empty for `self-care`. */
  reasons: string[];
}

/**
 * The questions to ask, in order, given the answers so far. A question is
 * skipped only when the answer it depends on is known to rule it out; while
 * that answer is missing, the question stays in (the cautious choice).
 */
export function questionsToAsk<Q extends RuleQuestion>(questions: readonly Q[], answers: TriageAnswers): Q[] {
  return questions.filter((q) => {
    if (!q.skipIf) return true;
    const earlier = answers.questions[q.skipIf.question];
    return earlier === undefined || !q.skipIf.answerIn.includes(earlier);
  });
}

/**
 * Whether `answer` gives the question's reason. A missing or unknown answer
 * counts as yes: when in doubt, triage up.
 */
export function flags(question: RuleQuestion, answer: string | undefined): boolean {
  return question.choices.find((c) => c.value === answer)?.flags ?? true;
}

/**
 * The answers that count: none to the questions when a red flag ends the
 * check before them, and none left over from a question that is now skipped.
 */
export function answersGiven(questions: readonly RuleQuestion[], answers: TriageAnswers): TriageAnswers {
  const redFlags = [...new Set(answers.redFlags)];
  const given: Record<string, string> = {};
  if (redFlags.length > 0) return { redFlags, questions: given };
  for (const q of questionsToAsk(questions, answers)) {
    const a = answers.questions[q.id];
    if (a !== undefined) given[q.id] = a;
  }
  return { redFlags, questions: given };
}

/** The disposition and its reasons. */
export function triage(questions: readonly RuleQuestion[], answers: TriageAnswers): TriageResult {
  const redFlags = [...new Set(answers.redFlags)];
  if (redFlags.length > 0) return { disposition: 'emergency', reasons: redFlags };
  const reasons = new Set<string>();
  for (const q of questionsToAsk(questions, answers)) {
    if (flags(q, answers.questions[q.id])) reasons.add(q.reason);
  }
  return reasons.size > 0 ? { disposition: 'see-doctor', reasons: [...reasons] } : { disposition: 'self-care', reasons: [] };
}
