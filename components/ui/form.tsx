"use client";

import { getFormProps, useForm, type DefaultValue } from "@conform-to/react";
import { startTransition, useActionState, useMemo, type ComponentProps } from "react";
import type { z } from "zod";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { formConstraint } from "@/lib/platform/forms/constraint";

export type FormAction<Result = never> = (state: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;

type Options<Fields extends Record<string, unknown>> = {
  /** The schema the action parses the form with: the fields' constraints (required, maxLength) come from it. */
  schema?: z.ZodType<unknown, Fields>;
  /** What the fields show before the first answer (a saved record), by field name. */
  defaultValue?: Record<string, unknown>;
};

/**
 * A form run by a server action through Conform, set up once for every form of the site:
 * `useActionState` holds the action's answer (Conform's reply: each field's errors, what was
 * typed), Conform gives each field its errors, value and constraints, and moves the focus to the
 * first field in error. `formProps` go on the <form>: the server action is its action, so it works
 * without JavaScript, and the page then renders the answer the same way.
 *
 * With JavaScript the form is sent from its submit event in a transition: React resets a form
 * whose action it runs itself, which would empty what was typed after a failure. The submit
 * button's pending state (useFormStatus) still shows.
 */
export function useActionForm<Fields extends Record<string, unknown> = Record<string, unknown>, Result = never>(
  action: FormAction<Result>,
  { schema, defaultValue }: Options<Fields> = {},
) {
  const [state, formAction, pending] = useActionState(action, initialFormState as FormState<Result>);
  const constraint = useMemo(() => (schema ? formConstraint(schema) : undefined), [schema]);
  const [form, fields] = useForm<Fields>({
    lastResult: state,
    constraint,
    defaultValue: defaultValue as DefaultValue<Fields> | undefined,
    onSubmit(event, { formData }) {
      event.preventDefault();
      startTransition(() => formAction(formData));
    },
  });
  const formProps = {
    ...getFormProps(form),
    action: formAction,
    noValidate: true,
  } satisfies ComponentProps<"form">;
  return { state, pending, form, fields, formProps };
}
