import { afterEach, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/platform/db";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { changeRegistration } from "@/lib/features/registration/registration-admin";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { exportPersonalData, personalData } from "@/lib/features/privacy/export-personal-data";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { forgetSiteSettings } from "@/lib/features/site/load";
import { saveSiteSettings } from "@/lib/features/site/save-site-settings";
import { SiteSettingsSchema } from "@/lib/features/site/schemas";
import { approveVisaLetter, declineVisaLetter } from "@/lib/features/visa-letters/decide-visa-letter";
import { renderVisaLetterPdf } from "@/lib/features/visa-letters/render-visa-letter-pdf";
import { requestVisaLetter } from "@/lib/features/visa-letters/request-visa-letter";
import { openVisaFields } from "@/lib/features/visa-letters/sealing";
import { visaRequestsOfEdition } from "@/lib/features/visa-letters/reads/requests-of-edition";
import { SealedFieldError, sealField } from "@/lib/platform/security/sealed-fields";
import { visaLetterOf } from "@/lib/features/visa-letters/visa-letter-of";
import { visaLetterHousekeeping } from "@/lib/features/visa-letters/visa-letter-housekeeping";
import { newsletterLinks } from "@/tests/fixtures/newsletter";
import { outboxMail } from "@/tests/fixtures/outbox";
import { readRegistrationLink } from "@/lib/features/registration/reads";
import { manualClock } from "@/tests/fixtures/test-clock";
import {
  BIRTH_DATE,
  BIRTH_DATE_WRITTEN,
  confirmedAttendee,
  letterForm,
  lettersOn,
  NAME,
  organizer,
  PASSPORT,
  pescara,
  versionOf,
} from "./fixtures";

afterEach(() => forgetSiteSettings());

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** Pescara, letters on, one confirmed attendee who asked for a letter. */
async function asked(clock = manualClock("2031-02-01T10:00:00Z")) {
  const edition = await pescara(clock);
  const lukasz = await confirmedAttendee(clock);
  expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toMatchObject({ ok: true });
  const { id } = await db().visaLetterRequest.findFirstOrThrow({ select: { id: true } });
  return { clock, edition, lukasz, requestId: id };
}

describe("turning letters on", () => {
  it("needs the organizing body's legal name and postal address, on their fields", () => {
    const parsed = SiteSettingsSchema.safeParse({
      name: "Django on the Med",
      tagline: "Sprints",
      hashtag: "DjangoOnTheMed",
      contactEmail: "hello@djangoonthemed.example",
      accentColor: "#0a4259",
      legalName: " ",
      postalAddress: "",
      visaLettersEnabled: "on",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map(({ path }) => path.join("."))).toEqual(["legalName", "postalAddress"]);
  });

  it("is refused without sealing (a public site without DATA_ENCRYPTION_KEY), and letters stay off", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const input = SiteSettingsSchema.parse({
      name: "Django on the Med",
      tagline: "Sprints",
      hashtag: "DjangoOnTheMed",
      contactEmail: "hello@djangoonthemed.example",
      accentColor: "#0a4259",
      legalName: "Associazione",
      postalAddress: "Via del Porto 12",
      visaLettersEnabled: "on",
    });
    expect(await saveSiteSettings(organizer, input, clock, { sealingAvailable: false })).toEqual({
      ok: false,
      problem: "sealing-unavailable",
    });
    expect(await db().siteSetting.count()).toBe(0);
    expect(await saveSiteSettings(organizer, input, clock, { sealingAvailable: true })).toEqual({ ok: true });
  });
});

describe("asking for a letter", () => {
  it("is for confirmed people only, while letters are on", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await pescara(clock);
    const lukasz = await confirmedAttendee(clock);
    await db().siteSetting.update({ where: { id: "site" }, data: { visaLettersEnabled: false } });
    forgetSiteSettings();
    expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toEqual({ ok: false, problem: "letters-off" });
    await lettersOn(clock);
    await db().registration.update({ where: { id: lukasz.id }, data: { status: "waitlisted" } });
    expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toEqual({ ok: false, problem: "not-eligible" });
    expect(await requestVisaLetter("x".repeat(43), letterForm(), clock)).toEqual({ ok: false, problem: "invalid" });
    expect(await db().visaLetterRequest.count()).toBe(0);
  });

  it("is for accepted applicants too (an offer with acceptedAt), who keep it until they confirm", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await pescara(clock);
    const lukasz = await confirmedAttendee(clock);
    // A place freed up on the waiting list: an offer, not an acceptance.
    await db().registration.update({ where: { id: lukasz.id }, data: { status: "offered", acceptedAt: null } });
    expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toEqual({ ok: false, problem: "not-eligible" });
    // Accepted from an application (docs/applications.md): held as an offer with acceptedAt set.
    await db().registration.update({ where: { id: lukasz.id }, data: { acceptedAt: clock.now() } });
    expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toEqual({ ok: true, corrected: false });
    const { id: requestId } = await db().visaLetterRequest.findFirstOrThrow({ select: { id: true } });
    expect(await visaLetterHousekeeping(clock)).toEqual({ visaRequestsDeleted: 0 });
    expect(await approveVisaLetter(organizer, edition.id, requestId, await versionOf(requestId), clock)).toEqual({
      ok: true,
    });
    expect(await visaLetterOf(lukasz.manage, clock)).toMatchObject({ ok: true });
  });

  it("checks the stay around the edition's dates and the date of birth", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await pescara(clock);
    const lukasz = await confirmedAttendee(clock);
    const tried = (overrides: Record<string, string>) => requestVisaLetter(lukasz.manage, letterForm(overrides), clock);
    // Pescara is 1–3 May 2031: a stay may run from 17 April to 17 May.
    expect(await tried({ arrivesOn: "2031-04-16" })).toMatchObject({
      problem: "fields",
      stay: { arrivesOn: "too-early" },
    });
    expect(await tried({ arrivesOn: "2031-05-04", leavesOn: "2031-05-06" })).toMatchObject({
      stay: { arrivesOn: "misses-edition" },
    });
    expect(await tried({ leavesOn: "2031-05-18" })).toMatchObject({ stay: { leavesOn: "too-late" } });
    expect(await tried({ dateOfBirth: "1890-01-01" })).toMatchObject({ birthDate: true });
    expect(await tried({ dateOfBirth: "2025-01-01" })).toMatchObject({ birthDate: true });
    expect(await db().visaLetterRequest.count()).toBe(0);
    expect(await tried({ arrivesOn: "2031-04-17", leavesOn: "2031-05-17" })).toEqual({ ok: true, corrected: false });
  });

  it("is one request per registration, corrected while not approved, fixed once approved", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    expect(await requestVisaLetter(lukasz.manage, letterForm({ nationality: "Polish" }), clock)).toEqual({
      ok: true,
      corrected: true,
    });
    expect(
      await declineVisaLetter(
        organizer,
        edition.id,
        requestId,
        await versionOf(requestId),
        "Please give the consulate's city.",
        clock,
      ),
    ).toEqual({ ok: true });
    // They hear of it: an email with the link to their page, and neither the note nor the request's details.
    const [declined, ...more] = await outboxMail({ where: { template: "visa-letter-declined" } });
    expect(more).toEqual([]);
    expect(declined).toMatchObject({ toAddress: "lukasz@example.org" });
    expect(declined!.subject).toBe("About your invitation letter for Django on the Med: Pescara");
    const link = /\/registrations\/manage\/([A-Za-z0-9_-]{43})/.exec(declined!.text)![1]!;
    expect(await readRegistrationLink(link, "manage", clock.now())).toMatchObject({
      ok: true,
      registration: { id: lukasz.id },
    });
    for (const detail of ["consulate's city", "Polish", NAME, PASSPORT])
      expect(declined!.text + declined!.html).not.toContain(detail);
    // A correction after a decline goes back to the organizers.
    await requestVisaLetter(lukasz.manage, letterForm({ consulate: "Consulate of Italy, Istanbul" }), clock);
    expect(await db().visaLetterRequest.findMany({ select: { id: true, status: true, nationality: true } })).toEqual([
      { id: requestId, status: "requested", nationality: "Turkish" },
    ]);
    const version = await versionOf(requestId);
    expect(await approveVisaLetter(organizer, edition.id, requestId, version, clock)).toEqual({ ok: true });
    expect(await approveVisaLetter(organizer, edition.id, requestId, version, clock)).toEqual({
      ok: false,
      problem: "not-found",
    });
    expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toEqual({
      ok: false,
      problem: "already-approved",
    });
    // Another edition's page cannot decide it.
    expect(await declineVisaLetter(organizer, "elsewhere", requestId, version, "No", clock)).toEqual({
      ok: false,
      problem: "not-found",
    });
  });
});

describe("deciding", () => {
  it("decides nothing and emails no new link for a place given up before housekeeping swept the request", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    const version = await versionOf(requestId);
    await db().registration.update({ where: { id: lukasz.id }, data: { status: "cancelled" } });
    expect(await declineVisaLetter(organizer, edition.id, requestId, version, "No", clock)).toEqual({
      ok: false,
      problem: "not-eligible",
    });
    expect(await approveVisaLetter(organizer, edition.id, requestId, version, clock)).toEqual({
      ok: false,
      problem: "not-eligible",
    });
    expect(await db().visaLetterRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "requested",
    });
    expect(await outboxMail({ where: { template: { startsWith: "visa-letter" } } })).toEqual([]);
  });

  it("applies only to the request as the organizer saw it: a correction since then is refused, not signed", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    const seen = await versionOf(requestId); // the organizers' page is opened
    clock.advance(60_000);
    // The person corrects their request: same id, back to "requested", other details.
    await requestVisaLetter(lukasz.manage, letterForm({ nationality: "Polish" }), clock);
    expect(await approveVisaLetter(organizer, edition.id, requestId, seen, clock)).toEqual({
      ok: false,
      problem: "changed",
    });
    expect(await declineVisaLetter(organizer, edition.id, requestId, seen, "No", clock)).toEqual({
      ok: false,
      problem: "changed",
    });
    // A correction within the same millisecond moves the version on too.
    const corrected = await versionOf(requestId);
    await requestVisaLetter(lukasz.manage, letterForm({ nationality: "Polish" }), clock);
    expect(await approveVisaLetter(organizer, edition.id, requestId, corrected, clock)).toEqual({
      ok: false,
      problem: "changed",
    });
    expect(await approveVisaLetter(organizer, edition.id, requestId, "not a date", clock)).toEqual({
      ok: false,
      problem: "changed",
    });
    expect(await db().visaLetterRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "requested",
      nationality: "Polish",
      approvedBy: null,
    });
    expect(await outboxMail({ where: { template: "visa-letter-ready" } })).toEqual([]);
    // Reloaded, the organizer sees the corrected request and approves that one.
    expect(await approveVisaLetter(organizer, edition.id, requestId, await versionOf(requestId), clock)).toEqual({
      ok: true,
    });
  });
});

describe("the letter", () => {
  it("prints the body, the person, the edition, that attendance is free, who pays, the approver and the date", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    expect(await visaLetterOf(lukasz.manage, clock)).toEqual({ ok: false, problem: "not-approved" });
    await approveVisaLetter(organizer, edition.id, requestId, await versionOf(requestId), clock);
    clock.set("2031-02-03T23:30:00Z"); // already 4 February at the venue
    const found = await visaLetterOf(lukasz.manage, clock);
    if (!found.ok) throw new Error(found.problem);
    const text = await pdfText(await renderVisaLetterPdf(found.letter, null));
    for (const expected of [
      "Associazione Django on the Med",
      "Via del Porto 12",
      "65122 Pescara",
      "hello@djangoonthemed.example",
      NAME,
      "Turkish",
      PASSPORT,
      BIRTH_DATE_WRITTEN,
      "Consulate General of Italy in Istanbul",
      "Django on the Med: Pescara",
      "is registered to attend",
      "Attendance is free of charge",
      "from 29 April 2031 to 5 May 2031",
      "The organizers pay neither travel nor accommodation",
      "Anna Rossi",
      "Date of issue: 4 February 2031",
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Pescara, Italy, from 1 ?– ?3 May 2031/);
    const granted = await pdfText(await renderVisaLetterPdf(found.letter, 450));
    expect(granted).toContain("a travel grant of €450 towards travel and accommodation");
    expect(granted).not.toContain("pay neither");
    expect(BIRTH_DATE).toBe("1990-04-17");
  });

  it("says the amount of the person's granted travel grant, and only of a granted one", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    await approveVisaLetter(organizer, edition.id, requestId, await versionOf(requestId), clock);
    expect(await visaLetterOf(lukasz.manage, clock)).toMatchObject({ ok: true, grantEuros: null });
    const grant = await db().travelGrant.create({
      data: {
        id: "grant-lukasz",
        registrationId: lukasz.id,
        editionId: edition.id,
        status: "asked",
        amountAsked: 500,
        reasonSealed: "v1.unused",
        createdAt: clock.now(),
        updatedAt: clock.now(),
      },
    });
    expect(await visaLetterOf(lukasz.manage, clock)).toMatchObject({ ok: true, grantEuros: null });
    await db().travelGrant.update({ where: { id: grant.id }, data: { status: "granted", amountGranted: 450 } });
    const found = await visaLetterOf(lukasz.manage, clock);
    if (!found.ok) throw new Error(found.problem);
    expect(found.grantEuros).toBe(450);
    const text = await pdfText(await renderVisaLetterPdf(found.letter, found.grantEuros));
    expect(text).toContain(
      `The organizers have granted ${NAME} a travel grant of €450 towards travel and accommodation`,
    );
    expect(text).not.toContain("pay neither");
    for (const status of ["released", "declined"] as const) {
      await db().travelGrant.update({ where: { id: grant.id }, data: { status } });
      expect(await visaLetterOf(lukasz.manage, clock)).toMatchObject({ ok: true, grantEuros: null });
    }
  });

  it("is gone with a cancelled place", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    await approveVisaLetter(organizer, edition.id, requestId, await versionOf(requestId), clock);
    const manage = (await outboxMail({ where: { template: "visa-letter-ready" } }))[0]!.text.match(
      /\/registrations\/manage\/([A-Za-z0-9_-]{43})/,
    )![1]!;
    expect(await cancelRegistration(manage, clock)).toEqual({ ok: true });
    expect(await db().visaLetterRequest.count()).toBe(0);
    expect(await visaLetterOf(lukasz.manage, clock)).toEqual({ ok: false, problem: "not-eligible" });
  });
});

describe("the sealed fields", () => {
  it("open only for their row and their owner's registration", async () => {
    const { clock, lukasz } = await asked();
    const row = await db().visaLetterRequest.findFirstOrThrow({
      select: { id: true, registrationId: true, passportNumber: true, dateOfBirth: true },
    });
    expect(row.registrationId).toBe(lukasz.id);
    expect(openVisaFields(row)).toEqual({ passportNumber: PASSPORT, dateOfBirth: BIRTH_DATE });
    // The same row handed to someone else (its registration changed): it no longer opens.
    const ada = await confirmedAttendee(clock, "ada@example.org");
    expect(() => openVisaFields({ ...row, registrationId: ada.id })).toThrow(SealedFieldError);
    expect(() => openVisaFields({ ...row, id: "another-request" })).toThrow(SealedFieldError);
  });

  it("that do not open (the site's key changed) spoil only their own request, which says so", async () => {
    const { clock, edition, lukasz, requestId } = await asked();
    const ada = await confirmedAttendee(clock, "ada@example.org");
    await requestVisaLetter(ada.manage, letterForm({ fullName: "Ada Lovelace" }), clock);
    // Sealed under another key or binding: what a changed DATA_ENCRYPTION_KEY leaves behind.
    await db().visaLetterRequest.update({
      where: { id: requestId },
      data: { passportNumber: sealField(PASSPORT, "elsewhere"), dateOfBirth: sealField(BIRTH_DATE, "elsewhere") },
    });
    const requests = await visaRequestsOfEdition(edition.id, organizer, clock);
    expect(
      requests.map(({ fullName, passportNumber, dateOfBirth, unopenable }) => ({
        fullName,
        passportNumber,
        dateOfBirth,
        unopenable,
      })),
    ).toEqual([
      { fullName: NAME, passportNumber: null, dateOfBirth: null, unopenable: true },
      { fullName: "Ada Lovelace", passportNumber: PASSPORT, dateOfBirth: BIRTH_DATE, unopenable: false },
    ]);
    // The audit counts what was shown: Ada's request, not the one that did not open.
    expect(
      await db().auditEntry.findMany({ where: { action: "visa-letter.viewed" }, select: { details: true } }),
    ).toEqual([{ details: { requests: 1 } }]);
    await approveVisaLetter(organizer, edition.id, requestId, await versionOf(requestId), clock);
    expect(await visaLetterOf(lukasz.manage, clock)).toEqual({ ok: false, problem: "unopenable" });
  });
});

describe("keeping the requests", () => {
  it("deletes them 30 days after the edition's last day at the venue, not before", async () => {
    const { clock } = await asked();
    // Pescara ends on 3 May 2031 (Europe/Rome, UTC+2): kept through 2 June at the venue.
    clock.set("2031-06-02T21:59:00Z");
    expect(await visaLetterHousekeeping(clock)).toEqual({ visaRequestsDeleted: 0 });
    clock.set("2031-06-02T22:00:00Z"); // midnight at the venue: 3 June
    expect(await visaLetterHousekeeping(clock)).toEqual({ visaRequestsDeleted: 1 });
    expect(await db().visaLetterRequest.count()).toBe(0);
  });

  it("deletes one at once when an organizer cancelled the place", async () => {
    const { clock, lukasz } = await asked();
    expect(await changeRegistration(organizer, lukasz.id, "cancel", clock)).toMatchObject({ ok: true });
    expect(await visaLetterHousekeeping(clock)).toEqual({ visaRequestsDeleted: 1 });
  });

  it("erases it with the person's data", async () => {
    const { clock, lukasz } = await asked();
    expect(await requestPrivacyAction(lukasz.email, "erase", clock)).toBe("sent");
    const [token] = await newsletterLinks(lukasz.email, "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });
    expect(await db().visaLetterRequest.count()).toBe(0);
  });

  it("exports the request without the passport number and date of birth, which would travel by email", async () => {
    const { clock, lukasz } = await asked();
    const data = await personalData(lukasz.email);
    expect(data.registrations[0]!.visaLetterRequest).toMatchObject({
      fullName: NAME,
      nationality: "Turkish",
      consulate: "Consulate General of Italy in Istanbul",
      status: "requested",
    });
    expect(data.visaLetterRequestsNote).toContain("not in this copy");
    expect(await requestPrivacyAction(lukasz.email, "export", clock)).toBe("sent");
    const [token] = await newsletterLinks(lukasz.email, "privacy");
    expect(await exportPersonalData(token!, clock)).toEqual({ ok: true });
    const [sent] = await outboxMail({ where: { template: "privacy-export" } });
    const attached = JSON.stringify(sent!.attachments);
    expect(attached).toContain("Consulate General of Italy in Istanbul");
    for (const secret of [PASSPORT, BIRTH_DATE, BIRTH_DATE_WRITTEN]) expect(attached).not.toContain(secret);
  });
});
