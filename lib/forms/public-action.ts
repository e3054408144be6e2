import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { log } from "../log";
import { tryAgainMessage } from "../registration/edition-lock";
import { BUSY_MESSAGE, publicMailAllowed } from "../security/public-mail-ceiling";
import { allowAttempts, clientAddress, type Attempt } from "../security/rate-limit";
import { submittedValues, type FormState } from "./action-state";
import { isHoneypotFilled } from "./honeypot";

type Schema = z.ZodType<unknown, Record<string, unknown>>;
export type PublicRequest<S extends Schema> = { input: z.output<S>; formData: FormData };

export type PublicActionOptions<S extends Schema, Bound extends unknown[]> = {
  /** The form has a honeypot: a filled one gets this usual answer, and nothing happens. */
  honeypot?: { event: string; answer: (formData: FormData) => FormState };
  /** The rate-limit keys one submission counts, with the client's address when a proxy is trusted. */
  limits?: (input: z.output<S>, address: string | null, ...bound: Bound) => Attempt[];
  tooMany?: string;
  /** The form sends mail to an address someone typed: it counts against PUBLIC_MAIL_PER_HOUR. */
  sendsMail?: boolean;
};

const TOO_MANY = "Too many attempts from here. Please wait a while and try again.";

/**
 * Every public form's server action: the honeypot, then the form parsed with `schema`, then the
 * rate limits and the site-wide mail ceiling, then the work; a passing failure (a busy edition,
 * the database restarting) is answered "please try again". Every failed answer keeps what the
 * person typed. Bound arguments (an edition's slug) are the handler's parameters, as with
 * organizerAction.
 */
export function publicAction<S extends Schema, Bound extends unknown[]>(
  schema: S,
  handler: (...bound: Bound) => (request: PublicRequest<S>) => Promise<FormState>,
  options: PublicActionOptions<S, Bound> = {},
): (...args: [...Bound, FormState, FormData?]) => Promise<FormState> {
  return async (...args) => {
    const last = args.at(-1);
    const formData = last instanceof FormData ? last : new FormData();
    const bound = args.slice(0, last instanceof FormData ? -2 : -1) as Bound;
    const keep = (answer: FormState): FormState =>
      answer.status === "error" && !answer.values ? { ...answer, values: submittedValues(formData) } : answer;
    if (options.honeypot && isHoneypotFilled(formData)) {
      log.info(options.honeypot.event);
      return options.honeypot.answer(formData);
    }
    const parsed = schema.safeParse(submittedValues(formData));
    if (!parsed.success) {
      return keep({
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      });
    }
    try {
      if (options.limits) {
        const address = clientAddress(await headers());
        if (!(await allowAttempts(options.limits(parsed.data, address, ...bound)))) {
          return keep({ status: "error", message: options.tooMany ?? TOO_MANY });
        }
      }
      if (options.sendsMail && !(await publicMailAllowed())) return keep({ status: "error", message: BUSY_MESSAGE });
      return keep(await handler(...bound)({ input: parsed.data, formData }));
    } catch (error) {
      const retry = tryAgainMessage(error);
      if (retry) return keep({ status: "error", message: retry });
      throw error;
    }
  };
}
