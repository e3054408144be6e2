import { z } from "zod";

// Deliberately narrower than RFC 5322: no quoted local parts, no comments, ASCII only. Those
// forms are where header and recipient injection hide ("a@evil.example"@victim.example,
// full-width ＠), and real people's addresses do not need them.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isDeliverableAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf("@");
  if (at <= 0 || at !== value.indexOf("@")) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && DOMAIN.test(domain);
}

/** An email address as people type it: trimmed, lowercased, and then strictly checked. */
export const EmailSchema = z
  .string({ message: "Enter your email address." })
  .trim()
  .min(1, { message: "Enter your email address." })
  .max(254, { message: "That email address is too long." })
  .transform((value) => value.toLowerCase())
  .refine(isDeliverableAddress, { message: "Enter an email address like name@example.org." });

/** One line of text for a header (a display name, a subject): no control characters. */
export function isSingleLine(value: string): boolean {
  return !/[\u0000-\u001f\u007f\u2028\u2029]/.test(value);
}
