import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/**
 * What a field component takes from a Conform field (`fields.email` of useActionForm): its name,
 * the value to show (what was typed, after a failure), its errors and the schema's constraints.
 */
export type FormField = {
  name: string;
  key?: string;
  initialValue?: unknown;
  errors?: string[];
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: string | number;
  max?: string | number;
};

/** The field's value as text, for a text box. */
export const textOf = (field: FormField): string | undefined =>
  typeof field.initialValue === "string" ? field.initialValue : undefined;

/** The field's chosen values, for checkboxes and radio buttons. */
export const choicesOf = (field: FormField): string[] =>
  Array.isArray(field.initialValue)
    ? field.initialValue.filter((value): value is string => typeof value === "string")
    : typeof field.initialValue === "string"
      ? [field.initialValue]
      : [];

const constraintsOf = ({ required, minLength, maxLength, min, max }: FormField) => ({
  required: required || undefined,
  minLength,
  maxLength,
  min,
  max,
});

/** A field's errors, referenced by the field's aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="text-sm font-medium text-terracotta-700 dark:text-sun-300">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

export const describedBy = (...ids: (string | false | 0 | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

const INPUT_CLASS =
  "w-full rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950 aria-invalid:border-terracotta-600 dark:bg-sea-900 dark:text-sand-50";

/** The ids that tie a field's hint and errors to its input, and the attributes that say so. */
function describedField(id: string, hint: string | undefined, field: FormField) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = field.errors?.length ? `${id}-error` : undefined;
  return {
    hintId,
    errorId,
    aria: { "aria-invalid": errorId ? true : undefined, "aria-describedby": describedBy(hintId, errorId) },
  };
}

/** A field's frame: its label, its hint, the control, then its errors. */
function LabelledField({
  id,
  label,
  hint,
  field,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  field: FormField;
  children: ReactNode;
}) {
  const { hintId, errorId } = describedField(id, hint, field);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-sea-800 dark:text-sand-200">
          {hint}
        </p>
      )}
      {children}
      {errorId && <FieldErrors id={errorId} errors={field.errors} />}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> & {
  field: FormField;
  label: string;
  hint?: string;
};

/** A labelled input whose errors are tied to it for screen readers. */
export function TextField({ field, label, hint, id = field.name, ...input }: TextFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} field={field}>
      <input
        key={field.key}
        id={id}
        name={field.name}
        defaultValue={textOf(field)}
        {...constraintsOf(field)}
        {...describedField(id, hint, field).aria}
        className={INPUT_CLASS}
        {...input}
      />
    </LabelledField>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue"> & {
  field: FormField;
  label: string;
  hint?: string;
};

export function TextArea({ field, label, hint, id = field.name, ...textarea }: TextAreaProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} field={field}>
      <textarea
        key={field.key}
        id={id}
        name={field.name}
        rows={3}
        defaultValue={textOf(field)}
        {...constraintsOf(field)}
        {...describedField(id, hint, field).aria}
        className={INPUT_CLASS}
        {...textarea}
      />
    </LabelledField>
  );
}

/** One checkbox with its label; ticked when the field's value is "on". `id` names its errors (`<id>-error`). */
export function Checkbox({ field, children, id = field.name }: { field: FormField; children: ReactNode; id?: string }) {
  const errors = field.errors;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2">
        <input
          key={field.key}
          type="checkbox"
          name={field.name}
          defaultChecked={field.initialValue === "on"}
          required={field.required || undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? errorId : undefined}
          className="mt-1 size-4 accent-sea-700"
        />
        <span>{children}</span>
      </label>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

type ChoiceGroupProps = {
  field: FormField;
  legend: string;
  type: "radio" | "checkbox";
  options: Record<string, string>;
  hint?: string;
};

/** Radio buttons or checkboxes under one legend; errors tied to the group. */
export function ChoiceGroup({ field, legend, type, options, hint }: ChoiceGroupProps) {
  const { name, errors, required } = field;
  const chosen = new Set(choicesOf(field));
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="space-y-2"
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(hint && `${name}-hint`, errors?.length && errorId)}
    >
      <legend className="font-medium">
        {legend}
        {required && <span className="sr-only"> (required)</span>}
      </legend>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-sea-800 dark:text-sand-200">
          {hint}
        </p>
      )}
      <div key={field.key} className="grid gap-2 sm:grid-cols-2">
        {Object.entries(options).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type={type}
              name={name}
              value={value}
              defaultChecked={chosen.has(value)}
              className="size-4 accent-sea-700"
            />
            {label}
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
