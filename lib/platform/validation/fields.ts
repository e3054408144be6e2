import { z } from "zod";
import { isSingleLine } from "./email";

/** Form fields every admin and public form shares; each error names its field. */
export const anyLine = (label: string, max: number) =>
  z
    .preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z
        .string()
        .trim()
        .max(max, { message: `${label} can be at most ${max} characters.` }),
    )
    .refine(isSingleLine, { message: `${label} must be a single line.` });

export const line = (label: string, max: number) =>
  anyLine(label, max).refine((value) => value.length > 0, { message: `Enter ${label.toLowerCase()}.` });
export const optionalLine = (label: string, max: number) => anyLine(label, max).transform((value) => value || null);

export const markdown = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z
      .string()
      .trim()
      .max(20_000, { message: `${label} can be at most 20,000 characters.` }),
  );

export const link = (label: string) =>
  optionalLine(label, 500).refine(
    (value) => value === null || /^https:\/\/[^\s]+$/.test(value) || /^\/[^\s/][^\s]*$/.test(value),
    {
      message: `${label} must start with https:// (or / for a file on this site).`,
    },
  );

/** A whole number an organizer may leave empty (null), e.g. a figure reported for an edition. */
export const optionalCount = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z
      .string()
      .regex(/^(\d{1,6})?$/, { message: `${label} must be a whole number, or empty.` })
      .transform((value) => (value === "" ? null : Number(value))),
  );

/** A row's id as this app makes them: Prisma's cuid, or the UUID of rows written as plain SQL (newRowId). */
export const ROW_ID = /^(?:[a-z0-9]{10,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
