import { describedBy, FieldErrors } from "./field-errors";

type Props = {
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  options: Record<string, string>;
  selected?: string | string[];
  errors?: string[];
  hint?: string;
  required?: boolean;
};

/** Radio buttons or checkboxes under one legend; errors tied to the group. */
export function ChoiceGroup({ name, legend, type, options, selected, errors, hint, required }: Props) {
  const chosen = new Set(Array.isArray(selected) ? selected : selected ? [selected] : []);
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
      <div className="grid gap-2 sm:grid-cols-2">
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
