/** A form's final answer, shown in its place and announced by screen readers. */
export function SuccessNotice({ message }: { message?: string }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className="rounded-lg border-2 border-sea-700 bg-sea-50 p-4 font-medium text-sea-950"
    >
      {message}
    </p>
  );
}
