import "server-only";
import { headers } from "next/headers";
import { log } from "../log";
import type { MailPurpose } from "../security/mail-budgets";
import { allowAttempts, clientAddress, type Attempt } from "../security/rate-limit";
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
import { mailBudgetGate } from "./mail-budget-gate";
import { passingFailure } from "./passing-failure";
import { TOO_MANY_ATTEMPTS } from "./wording";

export type PublicRequest<S extends FormSchema | null> = {
  input: FormInput<S>;
  formData: FormData;
  /** The client's address when a proxy is trusted to say it (null otherwise): for a service's own throttle. */
  address: string | null;
};

export type PublicActionOptions<S extends FormSchema | null, Bound extends unknown[]> = {
  /** The form has a honeypot: a filled one gets this usual answer, and nothing happens. */
  honeypot?: { event: string; answer: (formData: FormData) => FormAnswer };
  /** The rate-limit keys one submission counts, with the client's address when a proxy is trusted. */
  limits?: (input: FormInput<S>, address: string | null, ...bound: Bound) => Attempt[];
  tooMany?: string;
  /** The form sends mail to an address someone typed: it spends this budget (lib/platform/security/mail-budgets.ts). */
  mailBudget?: MailPurpose;
};

/**
 * Every public server action, forms and the buttons behind emailed links alike: the honeypot,
 * then the form parsed with `schema` (null for a button with no fields), then the rate limits
 * and the form's mail budget (with its challenge), then the work; a passing failure (a busy edition, the database
 * restarting) is answered "please try again". Conform parses the form and replies: every failed
 * answer shows each field's problems and keeps what the person typed.
 * Bound arguments (an edition's slug, a link's token) are the handler's parameters, as with
 * organizerAction; a token is the person's credential, and the services check it.
 */
export function publicAction<S extends FormSchema | null, Bound extends unknown[], Result = never>(
  schema: S,
  handler: (...bound: Bound) => (request: PublicRequest<S>) => Promise<FormAnswer<Result>>,
  options: PublicActionOptions<S, Bound> = {},
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
      if (options.limits) {
        if (!(await allowAttempts(options.limits(input, address, ...bound)))) {
          return reply(submission, { status: "error", message: options.tooMany ?? TOO_MANY_ATTEMPTS });
        }
      }
      const refused = options.mailBudget ? await mailBudgetGate(options.mailBudget, formData) : null;
      if (refused) return reply(submission, refused);
      return reply(submission, await handler(...bound)({ input, formData, address }));
    } catch (error) {
      const failure = passingFailure(error);
      // A deadlock means two changes took their locks in different orders: worth a look.
      if (failure?.problem === "conflict") log.warn("action.conflict", { detail: (error as Error).message });
      if (failure) return reply(submission, { status: "error", message: failure.message });
      throw error;
    }
  };
}
