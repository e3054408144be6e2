import { budgetState, type BudgetReading, type MailPurpose } from "../security/mail-budgets";
import { allowAttempts, type Attempt } from "../security/rate-limit";

export type SubmissionChecks<Ahead> = {
  /** The rate-limit keys the submission counts; null when its form has no limits. */
  attempts: Attempt[] | null;
  /** The mail budget the submission spends; null when its form sends no mail to a typed address. */
  mailBudget: MailPurpose | null;
  /** The read its work starts with, whatever the checks answer (registering's edition). */
  readAhead: (() => Promise<Ahead>) | null;
};

export type CheckedSubmission<Ahead> = {
  allowed: boolean;
  budget: BudgetReading | null;
  ahead: Ahead | undefined;
};

/**
 * Sends a public submission's checks, and the read its work starts with, at the same time. Each
 * is one statement, and on a busy server a statement sent after the answer to the one before it
 * waits for a turn of the event loop of its own: tens of milliseconds each during an opening-day
 * rush (docs/performance.md, "The eleventh round"). They are answered in turn all the same: a
 * failed rate limit fails the submission, a refused one refuses it, and only then does a failed
 * read count. What the answers decide stays publicAction's. Their price: a refused attempt has
 * read the budget and the edition too.
 */
export async function checkSubmission<Ahead>(
  { attempts, mailBudget, readAhead }: SubmissionChecks<Ahead>,
  reads: { allowAttempts: typeof allowAttempts; budgetState: typeof budgetState } = { allowAttempts, budgetState },
): Promise<CheckedSubmission<Ahead>> {
  const [allowed, budget, ahead] = await Promise.allSettled([
    attempts ? reads.allowAttempts(attempts) : true,
    mailBudget ? reads.budgetState(mailBudget) : null,
    readAhead ? readAhead() : undefined,
  ]);
  // Answered as if sent in turn: a refused attempt is refused whatever became of the reads sent beside it.
  if (valueOf(allowed) === false) return { allowed: false, budget: null, ahead: undefined };
  return { allowed: true, budget: valueOf(budget), ahead: valueOf(ahead) };
}

function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}
