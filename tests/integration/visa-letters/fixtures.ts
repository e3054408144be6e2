import { db } from "@/lib/platform/db";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { saveSiteSettings } from "@/lib/features/site/save-site-settings";
import { VisaLetterRequestSchema } from "@/lib/features/visa-letters/schemas";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import type { manualClock } from "@/tests/fixtures/test-clock";

export const NAME = "Łukasz Çağrı Ñúñez";
export const PASSPORT = "U48213967";
export const BIRTH_DATE = "1990-04-17";
/** How the letter and the organizers' page write the date of birth. */
export const BIRTH_DATE_WRITTEN = "17 April 1990";
export const organizer = { email: "anna@example.org", name: "Anna Rossi" };

/** Letters on, with the organizing body named. */
export function lettersOn(clock: ReturnType<typeof manualClock>) {
  return saveSiteSettings(
    organizer,
    {
      name: "Django on the Med",
      tagline: "Sprints by the sea",
      hashtag: "DjangoOnTheMed",
      contactEmail: "hello@djangoonthemed.example",
      accentColor: "#0a4259",
      legalName: "Associazione Django on the Med",
      postalAddress: "Via del Porto 12\n65122 Pescara\nItaly",
      visaLettersEnabled: true,
    },
    clock,
    { sealingAvailable: true },
  );
}

/** A confirmed person at Pescara (1–3 May 2031, Europe/Rome); answers their registration id and manage link. */
export async function confirmedAttendee(clock: ReturnType<typeof manualClock>, email = "lukasz@example.org") {
  await registerForEdition("pescara", aForm({ email, name: NAME }), clock);
  await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
  const { id } = await db().registration.findFirstOrThrow({ where: { email }, select: { id: true } });
  return { id, email, manage: (await linksFor(email, "manage"))[0]! };
}

export async function pescara(clock: ReturnType<typeof manualClock>) {
  const edition = await anEdition();
  await lettersOn(clock);
  return edition;
}

/** The form as the attendee fills it (through the schema, as the action parses it). */
export const letterForm = (overrides: Record<string, string> = {}) =>
  VisaLetterRequestSchema.parse({
    fullName: NAME,
    nationality: "Turkish",
    passportNumber: "u 4821 3967",
    dateOfBirth: BIRTH_DATE,
    consulate: "Consulate General of Italy in Istanbul",
    arrivesOn: "2031-04-29",
    leavesOn: "2031-05-05",
    ...overrides,
  });

/** The version the organizers' page carries for a request (its updatedAt), as the approve and decline buttons send it. */
export async function versionOf(requestId: string): Promise<string> {
  const { updatedAt } = await db().visaLetterRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { updatedAt: true },
  });
  return updatedAt.toISOString();
}
