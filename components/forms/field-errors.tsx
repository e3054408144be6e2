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
