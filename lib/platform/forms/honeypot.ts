/** The field people never see and bots fill in (components/ui/honeypot.tsx renders it). */
export const HONEYPOT_FIELD = "website";

/** A filled honeypot: the form answers as usual and nothing happens. */
export function isHoneypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.trim() !== "";
}
