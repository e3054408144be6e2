import type { InputHTMLAttributes } from "react";
import { FieldErrors } from "./field-errors";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose errors are tied to it for screen readers. */
export function TextField({ name, label, hint, errors, id = name, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
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
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="w-full rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950 aria-invalid:border-terracotta-600 dark:bg-sea-900 dark:text-sand-50"
        {...input}
      />
      {errorId && <FieldErrors id={errorId} errors={errors} />}
    </div>
  );
}
