import { z } from "zod";
import { anyLine, line, link, markdown, optionalCount, optionalLine } from "../../platform/validation/fields";
import { zonedTime } from "../../platform/calendar/zoned-time";
import { RepositoriesField } from "../../platform/validation/github";

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
};

const localDateTime = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : ""),
  z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: "Enter a date and time." })]),
);

export const SponsorSchema = z.object({
  name: line("The sponsor's name", 100),
  contribution: line("What they covered", 100),
  url: link("The sponsor's address"),
  logoUrl: link("The logo's address"),
});

/** Every field of an edition as the admin form sends it; times are wall-clock in the venue's zone. */
export const EditionFormSchema = z
  .object({
    slug: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
      z
        .string()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Use lowercase letters, digits and dashes, e.g. pescara-2027." })
        .max(60, { message: "The address can be at most 60 characters." }),
    ),
    name: line("The name", 120),
    city: line("The city", 100),
    region: optionalLine("The region", 100),
    country: line("The country", 100),
    venueName: line("The venue", 200),
    venueAddress: line("The venue's address", 300),
    venueMapUrl: link("The map link"),
    timeZone: line("The time zone", 60).refine(isTimeZone, { message: "Choose a time zone such as Europe/Rome." }),
    startsOn: z.iso.date({ message: "Enter the first day." }),
    endsOn: z.iso.date({ message: "Enter the last day." }),
    registrationOpensAt: localDateTime,
    registrationClosesAt: localDateTime,
    capacity: z.coerce
      .number({ message: "Enter the number of places." })
      .int({ message: "Enter a whole number of places." })
      .min(1, { message: "An edition needs at least one place." })
      .max(10_000, { message: "At most 10,000 places." }),
    summary: anyLine("The summary", 300),
    description: markdown("The description"),
    schedule: markdown("The schedule"),
    travelNotes: markdown("The travel notes"),
    accommodationNotes: markdown("The accommodation notes"),
    reportedPeople: optionalCount("People"),
    reportedFirstTimers: optionalCount("First-time contributors"),
    reportedPullRequestsOpened: optionalCount("Pull requests opened"),
    reportedPullRequestsMerged: optionalCount("Pull requests merged"),
    reportedPullRequestsClosed: optionalCount("Pull requests closed"),
    outcomeRepositories: RepositoriesField,
    // Selection by application (docs/applications.md).
    selection: z.preprocess(
      (value) => (value === "by_application" ? value : "first_come"),
      z.enum(["first_come", "by_application"]),
    ),
    applicationDeadline: localDateTime,
    acceptDays: z.preprocess(
      (value) => (value === "" || value === undefined ? "7" : value),
      z.coerce
        .number({ message: "Enter a number of days." })
        .int({ message: "Enter a whole number of days." })
        .min(1, { message: "Give at least one day to confirm." })
        .max(60, { message: "At most 60 days." }),
    ),
    applicationQuestion: anyLine("The application question", 300),
  })
  .superRefine((form, context) => {
    if (form.endsOn < form.startsOn)
      context.addIssue({ code: "custom", path: ["endsOn"], message: "The last day cannot be before the first." });
    const days = (Date.parse(form.endsOn) - Date.parse(form.startsOn)) / 86_400_000;
    const opened = form.reportedPullRequestsOpened;
    if (opened !== null && (form.reportedPullRequestsMerged ?? 0) + (form.reportedPullRequestsClosed ?? 0) > opened)
      context.addIssue({
        code: "custom",
        path: ["reportedPullRequestsOpened"],
        message: "Merged and closed pull requests cannot outnumber those opened.",
      });
    if (
      form.reportedFirstTimers !== null &&
      form.reportedPeople !== null &&
      form.reportedFirstTimers > form.reportedPeople
    )
      context.addIssue({
        code: "custom",
        path: ["reportedFirstTimers"],
        message: "First-time contributors cannot outnumber the people.",
      });
    if (days > 13)
      context.addIssue({ code: "custom", path: ["endsOn"], message: "An edition lasts at most two weeks." });
    if (
      form.registrationOpensAt &&
      form.registrationClosesAt &&
      form.registrationClosesAt <= form.registrationOpensAt
    ) {
      context.addIssue({
        code: "custom",
        path: ["registrationClosesAt"],
        message: "Registration must close after it opens.",
      });
    }
    if (form.selection === "by_application") {
      if (!form.applicationDeadline)
        context.addIssue({
          code: "custom",
          path: ["applicationDeadline"],
          message: "An edition by application needs a deadline.",
        });
      // The deadline is wall-clock time at the venue: its date must come before the first day.
      else if (form.applicationDeadline.slice(0, 10) >= form.startsOn)
        context.addIssue({
          code: "custom",
          path: ["applicationDeadline"],
          message: "The deadline must be before the first day.",
        });
      if (!form.applicationQuestion)
        context.addIssue({
          code: "custom",
          path: ["applicationQuestion"],
          message: "Enter the question applicants answer.",
        });
    }
  })
  .transform((form) => {
    const instant = (value: string) =>
      value ? zonedTime(value.slice(0, 10), value.slice(11, 16), form.timeZone) : null;
    return {
      ...form,
      startsOn: new Date(`${form.startsOn}T00:00:00Z`),
      endsOn: new Date(`${form.endsOn}T00:00:00Z`),
      registrationOpensAt: instant(form.registrationOpensAt),
      registrationClosesAt: instant(form.registrationClosesAt),
      applicationDeadline: instant(form.applicationDeadline),
    };
  });

export type EditionInput = z.output<typeof EditionFormSchema>;
export type SponsorInput = z.output<typeof SponsorSchema>;

/** Sponsor rows arrive as sponsors.0.name, sponsors.0.url, …; rows left entirely empty are dropped. */
export function sponsorRows(
  values: Record<string, string | string[]>,
): { index: number; row: Record<string, string> }[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(values)) {
    const match = /^sponsors\.(\d{1,2})\.(name|contribution|url|logoUrl)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()]
    .filter(([, row]) => Object.values(row).some((value) => value.trim() !== ""))
    .sort(([a], [b]) => a - b)
    .map(([index, row]) => ({ index, row }));
}
