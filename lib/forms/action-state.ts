/**
 * What a server action answers a form: per-field errors and the submitted values, so a failed
 * submit shows every problem and keeps what the person typed.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
};

export const initialFormState: FormState = { status: "idle" };

/** The form's text values (lists for repeated names), for refilling it; never files or secrets. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || /password|token/i.test(key)) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}
