import "server-only";
import { headers } from "next/headers";
import { log } from "../log";
import type { MailPurpose } from "../security/mail-budgets";
import { clientAddress, type Attempt } from "../security/rate-limit";
import {
  actionArguments,
  INVALID_FORM,
  parseSubmission,
  reply,
  type FormAnswer,
  type FormInput,
  type FormSchema,
  type FormState,
} from "./action-state";
import { isHoneypotFilled } from "./honeypot";
import { mailBudgetAnswer } from "./mail-budget-gate";
import { passingFailure } from "./passing-failure";
import { checkSubmission } from "./submission-checks";
import { TOO_MANY_ATTEMPTS } from "./wording";

export type PublicRequest<S extends FormSchema | null, Ahead = undefined> = {
  input: FormInput<S>;
  formData: FormData;
  /** The client's address when a proxy is trusted to say it (null otherwise): for a service's own throttle. */
  address: string | null;
  /** What the option readAhead read, beside the checks (undefined without one). */
  ahead: Ahead | undefined;
};

export type PublicActionOptions<S extends FormSchema | null, Bound extends unknown[], Ahead = undefined> = {
  /** The form has a honeypot: a filled one gets this usual answer, and nothing happens. */
  honeypot?: { event: string; answer: (formData: FormData) => FormAnswer };
  /** The rate-limit keys one submission counts, with the client's address when a proxy is trusted. */
  limits?: (input: FormInput<S>, address: string | null, ...bound: Bound) => Attempt[];
  tooMany?: string;
  /** The form sends mail to an address someone typed: it spends this budget (lib/platform/security/mail-budgets.ts). */
  mailBudget?: MailPurpose;
  /**
   * A read the work starts with, sent beside the rate limits and the mail budget rather than after
   * them (submission-checks.ts). It must only read: it runs for refused attempts too. The work must
   * not trust it blindly either: it was read before the checks' answers, so its rows may have changed
   * since (each of registerForEdition's writes is guarded on the row's status).
   */
  readAhead?: (input: FormInput<S>, ...bound: Bound) => Promise<Ahead>;
};

/**
 * Every public server action, forms and the buttons behind emailed links alike: the honeypot,
 * then the form parsed with `schema` (null for a button with no fields), then the rate limits
 * and the form's mail budget (with its challenge), both read at once, then the work; a passing failure (a busy edition, the database
 * restarting) is answered "please try again". Conform parses the form and replies: every failed
 * answer shows each field's problems and keeps what the person typed.
 * Bound arguments (an edition's slug, a link's token) are the handler's parameters, as with
 * organizerAction; a token is the person's credential, and the services check it.
 */
export function publicAction<S extends FormSchema | null, Bound extends unknown[], Result = never, Ahead = undefined>(
  schema: S,
  handler: (...bound: Bound) => (request: PublicRequest<S, Ahead>) => Promise<FormAnswer<Result>>,
  options: PublicActionOptions<S, Bound, Ahead> = {},
): (...args: [...Bound, FormState<Result>, FormData?]) => Promise<FormState<Result>> {
  return async (...args) => {
    const { bound, formData } = actionArguments<Bound>(args);
    const submission = parseSubmission(schema, formData);
    if (options.honeypot && isHoneypotFilled(formData)) {
      log.info(options.honeypot.event);
      return reply(submission, options.honeypot.answer(formData));
    }
    if (submission.status !== "success") return reply(submission, { status: "error", message: INVALID_FORM });
    const input = submission.value;
    try {
      const address = clientAddress(await headers());
      const { readAhead, mailBudget } = options;
      const checked = await checkSubmission({
        attempts: options.limits?.(input, address, ...bound) ?? null,
        mailBudget: mailBudget ?? null,
        readAhead: readAhead ? () => readAhead(input, ...bound) : null,
      });
      if (!checked.allowed) {
        return reply(submission, { status: "error", message: options.tooMany ?? TOO_MANY_ATTEMPTS });
      }
      const refused =
        mailBudget && checked.budget ? await mailBudgetAnswer(mailBudget, checked.budget, formData) : null;
      if (refused) return reply(submission, refused);
      return reply(submission, await handler(...bound)({ input, formData, address, ahead: checked.ahead }));
    } catch (error) {
      const failure = passingFailure(error);
      // A deadlock means two changes took their locks in different orders: worth a look.
      if (failure?.problem === "conflict") log.warn("action.conflict", { detail: (error as Error).message });
      if (failure) return reply(submission, { status: "error", message: failure.message });
      throw error;
    }
  };
}
