import type { ReactNode } from "react";
import { FieldErrors } from "./field-errors";

type Props = { name: string; children: ReactNode; checked?: boolean; errors?: string[] };

export function Checkbox({ name, children, checked, errors }: Props) {
  const errorId = `${name}-error`;
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name={name}
          defaultChecked={checked}
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
