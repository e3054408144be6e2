import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/platform/db";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";
import { setCheckedIn } from "@/lib/features/registration/registration-admin";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { personalData } from "@/lib/features/privacy/export-personal-data";
import { issueCertificate } from "@/lib/features/certificates/issue-certificate";
import { renderCertificatePdf } from "@/lib/features/certificates/render-certificate-pdf";
import { checkCertificateName } from "@/lib/features/certificates/check-certificate-name";
import { certificateHousekeeping } from "@/lib/features/certificates/certificate-housekeeping";
import { readCertificate } from "@/lib/features/certificates/reads/certificate";
import { newsletterLinks } from "@/tests/fixtures/newsletter";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

const NAME = "Łukasz Çağrı Ñúñez";
const anna = { email: "anna@example.org", name: "Anna Rossi" };
const SITE = { name: "Django on the Med", accentColor: "#1e3a5f" };
const AFTER = "2031-05-04T12:00:00Z"; // the day after Pescara's last day (1–3 May 2031, Europe/Rome)

/** A confirmed person at Pescara; answers their id and manage link. */
async function attendee(email: string, name: string, clock: ReturnType<typeof manualClock>) {
  await registerForEdition("pescara", aForm({ email, name }), clock);
  await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
  const { id } = await db().registration.findFirstOrThrow({ where: { email }, select: { id: true } });
  return { id, manage: (await linksFor(email, "manage"))[0]! };
}

async function sprint() {
  const clock = manualClock("2031-02-01T10:00:00Z");
  const edition = await anEdition();
  await db().organizer.create({ data: { ...anna, addedBy: "founder@example.org", createdAt: clock.now() } });
  const lukasz = await attendee("lukasz@example.org", NAME, clock);
  const absent = await attendee("absent@example.org", "Absent Person", clock);
  clock.set("2031-05-01T08:00:00Z");
  await setCheckedIn(anna, lukasz.id, "2031-05-01", true, clock);
  await setCheckedIn({ email: "nameless@example.org", name: null }, lukasz.id, "2031-05-03", true, clock);
  const outcome = await db().outcome.create({
    data: {
      editionId: edition.id,
      kind: "pull_request",
      title: "Fixed #36012 -- Made bulk_create() honour db_default",
      url: "https://github.com/django/django/pull/19012",
      status: "open",
      createdAt: clock.now(),
      updatedAt: clock.now(),
      contributors: { create: { registrationId: lukasz.id } },
    },
  });
  return { clock, edition, lukasz, absent, outcome };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("a certificate of attendance", () => {
  it("prints the name in any European script, the edition, the days, the credited work and where to check it", async () => {
    const { clock, lukasz } = await sprint();
    clock.set(AFTER);
    const issued = await issueCertificate(lukasz.manage, clock);
    if (!issued.ok) throw new Error(issued.problem);
    expect(issued.certificate.id).toMatch(/^[a-z2-7]{26}$/);
    const text = await pdfText(await renderCertificatePdf(issued.certificate, SITE, "https://djangoonthemed.example"));
    expect(text).toContain("Django on the Med");
    expect(text).toContain("Certificate of attendance and contribution");
    expect(text).toContain(NAME);
    // Dates as the runtime's ICU writes them (its spaces around the dash and after the weekday vary).
    expect(text).toMatch(/took part in Django on the Med: Pescara, in Pescara, Italy, 1 ?– ?3 May 2031\./);
    expect(text).toMatch(/Thursday,? 1 May 2031/);
    expect(text).toMatch(/Saturday,? 3 May 2031/);
    expect(text).not.toMatch(/Friday,? 2 May 2031/);
    expect(text).toContain("Pull request, open: Fixed #36012 -- Made bulk_create() honour db_default");
    expect(text).toContain("https://github.com/django/django/pull/19012");
    // Only the organizer who gave a name is named; the other checked-in day stays unattributed.
    expect(text).toContain("Attendance recorded at the door by Anna Rossi, for the organizers of Django on the Med.");
    expect(text).toContain("Issued on 4 May 2031");
    expect(text).toContain(`https://djangoonthemed.example/certificates/${issued.certificate.id}`);
    // Ids are random: the widest letters, and ids whose exact fit rounded past the line, stay on one
    // line, on a short site address and one of 40 characters (beyond, at 8 pt, the widest ids wrap).
    const ids = ["m".repeat(26), "w".repeat(26), "n5krepmcnwxf7kbyo7qaocmbq2", "64v74qwp7sh7osm7m3qqrgz5dy"];
    for (const site of ["https://djangoonthemed.example", "https://sprints.django-community.example"])
      for (const id of ids) {
        const text = await pdfText(await renderCertificatePdf({ ...issued.certificate, id }, SITE, site));
        expect(text).toContain(`${site}/certificates/${id}`);
      }
  });

  it("names the organizers as a body when none who checked the person in gave a name", async () => {
    const { clock, lukasz } = await sprint();
    await db().organizer.update({ where: { email: anna.email }, data: { name: null } });
    clock.set(AFTER);
    const issued = await issueCertificate(lukasz.manage, clock);
    if (!issued.ok) throw new Error(issued.problem);
    const text = await pdfText(await renderCertificatePdf(issued.certificate, SITE, "https://x.example"));
    expect(text).toContain("Attendance recorded at the door by the organizers of Django on the Med.");
  });

  it("is refused before the edition ends, and to someone never checked in", async () => {
    const { clock, lukasz, absent } = await sprint();
    clock.set("2031-05-03T20:00:00Z"); // the last evening, at the venue
    expect(await issueCertificate(lukasz.manage, clock)).toEqual({ ok: false, problem: "not-ended" });
    clock.set(AFTER);
    expect(await issueCertificate(absent.manage, clock)).toEqual({ ok: false, problem: "not-checked-in" });
    expect(await issueCertificate("x".repeat(43), clock)).toEqual({ ok: false, problem: "link-dead" });
    expect(await db().certificate.count()).toBe(0);
  });

  it("is the same certificate on every download until what it says changes, and each stays checkable", async () => {
    const { clock, lukasz, outcome } = await sprint();
    clock.set(AFTER);
    const first = await issueCertificate(lukasz.manage, clock);
    clock.advance(60 * 60_000);
    const again = await issueCertificate(lukasz.manage, clock);
    expect(again.ok && first.ok && again.certificate.id === first.certificate.id).toBe(true);
    expect(again.ok && again.certificate.issuedAt.toISOString()).toBe("2031-05-04T12:00:00.000Z");

    await db().outcome.update({ where: { id: outcome.id }, data: { status: "merged" } });
    const merged = await issueCertificate(lukasz.manage, clock);
    if (!merged.ok || !first.ok) throw new Error("refused");
    expect(merged.certificate.id).not.toBe(first.certificate.id);
    expect(merged.certificate.snapshot.outcomes[0]!.status).toBe("merged");
    const earlier = await readCertificate(first.certificate.id);
    expect(earlier.status === "valid" && earlier.certificate.snapshot.outcomes[0]!.status).toBe("open");
  });

  it("outlives the registration, deleted a year on, and goes 5 years after it was issued", async () => {
    const { clock, lukasz } = await sprint();
    clock.set(AFTER);
    const issued = await issueCertificate(lukasz.manage, clock);
    if (!issued.ok) throw new Error(issued.problem);

    clock.set("2032-05-05T12:00:00Z");
    expect((await registrationHousekeeping(clock)).purged).toBe(2);
    expect(await db().checkIn.count()).toBe(0);
    const kept = await readCertificate(issued.certificate.id);
    expect(kept.status === "valid" && kept.certificate.snapshot).toMatchObject({
      name: NAME,
      days: ["2031-05-01", "2031-05-03"],
      outcomes: [{ status: "open", url: "https://github.com/django/django/pull/19012" }],
    });
    expect(await checkCertificateName(issued.certificate.id, NAME)).toBe("matches");

    clock.set("2036-05-04T11:59:00Z");
    expect(await certificateHousekeeping(clock)).toEqual({ certificatesPurged: 0 });
    clock.set("2036-05-04T12:00:01Z");
    expect(await certificateHousekeeping(clock)).toEqual({ certificatesPurged: 1 });
    expect(await readCertificate(issued.certificate.id)).toEqual({ status: "unknown" });
  });

  it("confirms the full name typed in any case or spacing, and nothing else", async () => {
    const { clock, lukasz } = await sprint();
    clock.set(AFTER);
    const issued = await issueCertificate(lukasz.manage, clock);
    if (!issued.ok) throw new Error(issued.problem);
    const { id } = issued.certificate;
    expect(await checkCertificateName(id, NAME)).toBe("matches");
    expect(await checkCertificateName(id, "  łukasz   ÇAĞRI ñúñez ")).toBe("matches");
    expect(await checkCertificateName(id, "ŁUKASZ ÇAĞRİ ÑÚÑEZ")).toBe("matches");
    // Decomposed accents (as some keyboards type them) are the same text once normalized.
    expect(await checkCertificateName(id, NAME.normalize("NFD"))).toBe("matches");
    expect(await checkCertificateName(id.toUpperCase(), NAME)).toBe("matches");
    expect(await checkCertificateName(id, "Lukasz Cagri Nunez")).toBe("differs");
    expect(await checkCertificateName(id, "Łukasz")).toBe("differs");
    expect(await checkCertificateName("a".repeat(26), NAME)).toBe("unknown");
    expect(await checkCertificateName("../etc", NAME)).toBe("unknown");
    expect(await readCertificate("a".repeat(26))).toEqual({ status: "unknown" });
  });

  it("is withdrawn by erasure, keeping no trace of the person, even after the registration is gone", async () => {
    const { clock, lukasz } = await sprint();
    clock.set(AFTER);
    const issued = await issueCertificate(lukasz.manage, clock);
    if (!issued.ok) throw new Error(issued.problem);
    clock.set("2032-05-05T12:00:00Z");
    await registrationHousekeeping(clock); // the registration goes; the certificate stays

    expect(await requestPrivacyAction("lukasz@example.org", "erase", clock)).toBe("sent");
    const [token] = await newsletterLinks("lukasz@example.org", "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });

    expect(await readCertificate(issued.certificate.id)).toEqual({ status: "withdrawn", id: issued.certificate.id });
    expect(await checkCertificateName(issued.certificate.id, NAME)).toBe("withdrawn");
    const row = await db().certificate.findUniqueOrThrow({ where: { id: issued.certificate.id } });
    expect(row).toMatchObject({ snapshot: null, emailHash: null, registrationId: null });
    expect(row.withdrawnAt).toEqual(clock.now());
    expect(JSON.stringify(row)).not.toMatch(/ukasz/);
  });

  it("is withdrawn by erasure while the registration lives", async () => {
    const { clock, lukasz } = await sprint();
    clock.set(AFTER);
    const issued = await issueCertificate(lukasz.manage, clock);
    if (!issued.ok) throw new Error(issued.problem);
    expect((await personalData("lukasz@example.org")).certificates).toMatchObject([
      { id: issued.certificate.id, snapshot: { name: NAME } },
    ]);
    expect(await requestPrivacyAction("lukasz@example.org", "erase", clock)).toBe("sent");
    const [token] = await newsletterLinks("lukasz@example.org", "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });
    expect((await readCertificate(issued.certificate.id)).status).toBe("withdrawn");
  });
});
