import { z } from "zod";

/**
 * What a server action answers a form: per-field errors and the submitted values, so a failed
 * submit shows every problem and keeps what the person typed. `result` carries what a page shows
 * in place of the form once the action succeeded (a confirmed place), when it has one.
 */
export type FormState<Result = never> = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  result?: Result;
  /** "Challenge needed": the form's mail budget is nearly spent; a proof-of-work challenge (JSON) to solve and send again. */
  challenge?: string;
};

export const initialFormState: FormState = { status: "idle" };

/** The form's text values (lists for repeated names), for refilling it; never files or secrets. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || /password|token|^altcha/i.test(key)) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

export type FormSchema = z.ZodType<unknown, Record<string, unknown>>;
export type FormInput<S extends FormSchema | null> = S extends FormSchema ? z.output<S> : undefined;

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

/** The form parsed with `schema` (null: a button with no fields), or the answer that shows every problem. */
export function parseForm<S extends FormSchema | null>(
  schema: S,
  formData: FormData,
): { ok: true; input: FormInput<S> } | { ok: false; answer: FormState<never> } {
  if (!schema) return { ok: true, input: undefined as FormInput<S> };
  const parsed = schema.safeParse(submittedValues(formData));
  if (parsed.success) return { ok: true, input: parsed.data as FormInput<S> };
  return {
    ok: false,
    answer: {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    },
  };
}

/** A failed answer keeps what the person typed. */
export function keepTyped<Result>(answer: FormState<Result>, formData: FormData): FormState<Result> {
  return answer.status === "error" && !answer.values ? { ...answer, values: submittedValues(formData) } : answer;
}
