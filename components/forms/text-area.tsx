import type { TextareaHTMLAttributes } from "react";
import { describedBy, FieldErrors } from "./field-errors";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextArea({ name, label, hint, errors, id = name, ...textarea }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-sea-800 dark:text-sand-200">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors?.length && errorId)}
        className="w-full rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950 aria-invalid:border-terracotta-600 dark:bg-sea-900 dark:text-sand-50"
        {...textarea}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
