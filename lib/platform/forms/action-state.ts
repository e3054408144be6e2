import { parseWithZod, type Submission, type SubmissionResult } from "@conform-to/zod/v4";
import { z } from "zod";

/**
 * What a server action answers a form: Conform's reply (`error`: each field's problems;
 * `initialValue`: what the person typed, so a failed submit shows every problem and keeps it),
 * with the form's overall message. `result` carries what a page shows in place of the form once
 * the action succeeded (a confirmed place), when it has one.
 */
export type FormState<Result = never> = SubmissionResult<string[]> & {
  message?: string;
  result?: Result;
  /** "Challenge needed": the form's mail budget is nearly spent; a proof-of-work challenge (JSON) to solve and send again. */
  challenge?: string;
};

export const initialFormState: FormState = {};

/** What an action's work answers; the wrappers reply with it (Conform's reply, what was typed). */
export type FormAnswer<Result = never> = {
  status: "error" | "success";
  message?: string;
  /** Problems the work found with fields (a taken address): shown as the schema's are. */
  fieldErrors?: Record<string, string[]>;
  result?: Result;
  challenge?: string;
  /** A success empties the form (back to its defaults) unless it keeps what was typed. */
  keepValues?: boolean;
};

/** Never sent back to the page: passwords, tokens, the challenge's solution, React's own fields. */
const isWithheld = (name: string) => name.startsWith("$ACTION") || /password|token|^altcha/i.test(name);

export type FormSchema = z.ZodType<unknown, Record<string, unknown>>;
export type FormInput<S extends FormSchema | null> = S extends FormSchema ? z.output<S> : undefined;

/** Nothing to check: a button with no fields, or an action that parses its form itself. */
const NoFields = z.object({});

/**
 * The form parsed with `schema` by Conform (null: a button with no fields). The schemas take the
 * form's values as sent (strings, lists for repeated names): Conform's coercion is off.
 */
export function parseSubmission<S extends FormSchema | null>(schema: S, formData: FormData) {
  return parseWithZod(formData, { schema: schema ?? NoFields, disableAutoCoercion: true }) as Submission<
    Record<string, unknown>,
    string[],
    FormInput<S>
  >;
}

/**
 * The form's state after an answer: a failure keeps what was typed (never a secret) with every
 * field's problems, the schema's and the work's; a success empties the form unless told to keep it.
 */
export function reply<Result>(
  submission: Submission<Record<string, unknown>, string[], unknown>,
  { status, message, fieldErrors, result, challenge, keepValues }: FormAnswer<Result>,
): FormState<Result> {
  const withheld = Object.keys(submission.payload).filter(isWithheld);
  const answer =
    status === "success" && !keepValues
      ? submission.reply({ resetForm: true })
      : submission.reply({ fieldErrors: fieldErrors ?? {}, hideFields: withheld });
  return {
    ...answer,
    status,
    ...(message !== undefined && { message }),
    ...(result !== undefined && { result }),
    ...(challenge !== undefined && { challenge }),
  };
}

export const INVALID_FORM = "Please correct the highlighted fields.";

/**
 * A bound server action is called as (...bound, previousState, formData?): a button with no
 * fields may be called without form data.
 */
export function actionArguments<Bound extends unknown[]>(args: unknown[]): { bound: Bound; formData: FormData } {
  const last = args.at(-1);
  return last instanceof FormData
    ? { bound: args.slice(0, -2) as Bound, formData: last }
    : { bound: args.slice(0, -1) as Bound, formData: new FormData() };
}
