import { afterEach, describe, expect, it, vi } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { deliverDue } from "@/lib/platform/mail/worker";
import { forgetSiteSettings } from "@/lib/features/site/load";
import { approveVisaLetter } from "@/lib/features/visa-letters/decide-visa-letter";
import { requestVisaLetter } from "@/lib/features/visa-letters/request-visa-letter";
import { visaRequestsOfEdition } from "@/lib/features/visa-letters/reads/requests-of-edition";
import { POST as downloadLetter } from "@/app/(site)/(personal)/registrations/manage/[token]/visa-letter.pdf/route";
import { rowsContaining } from "@/tests/fixtures/newsletter";
import { outboxMail } from "@/tests/fixtures/outbox";
import { smtpDeliveries } from "@/tests/fixtures/smtp-deliveries";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";
import {
  BIRTH_DATE,
  BIRTH_DATE_WRITTEN,
  confirmedAttendee,
  letterForm,
  NAME,
  organizer,
  PASSPORT,
  pescara,
  versionOf,
} from "./fixtures";

const clock = manualClock("2031-02-01T10:00:00Z");
const deps = smtpDeliveries(clock);
let peer: SmtpPeer | undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  await peer?.close();
  peer = undefined;
  forgetSiteSettings();
});

/** Every line written to the console (the JSON logs go there) while the test runs. */
function captureLogs(): string[] {
  const lines: string[] = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "));
    });
  }
  return lines;
}

const SECRETS = [PASSPORT, BIRTH_DATE, BIRTH_DATE_WRITTEN];

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("a visa letter's passport number and date of birth", () => {
  it("are readable nowhere but on the organizers' page and in the letter, through the whole flow", async () => {
    const logs = captureLogs();
    peer = await startSmtpPeer();
    const edition = await pescara(clock);
    const lukasz = await confirmedAttendee(clock);

    expect(await requestVisaLetter(lukasz.manage, letterForm(), clock)).toEqual({ ok: true, corrected: false });
    const [request] = await db().visaLetterRequest.findMany({ select: { id: true } });
    expect(await approveVisaLetter(organizer, edition.id, request!.id, await versionOf(request!.id), clock)).toEqual({
      ok: true,
    });

    // The ready email, queued and then delivered through the real SMTP server.
    const [ready] = await outboxMail({ where: { template: "visa-letter-ready" } });
    expect(ready!.subject).toBe("Your invitation letter for Django on the Med: Pescara is ready");
    const queuedText = `${ready!.subject}\n${ready!.text}\n${ready!.html}\n${JSON.stringify(ready!.data)}`;
    expect(ready!.attachments).toEqual([]);
    expect(queuedText).not.toContain(NAME);
    // The link in the ready email is the one they download the letter with.
    const manageLink = /\/registrations\/manage\/([A-Za-z0-9_-]{43})/.exec(ready!.text)![1]!;
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 3 }); // their confirmation emails, and this one
    const delivered = peer.received.find(({ mail }) => mail.subject === ready!.subject);
    expect(delivered?.envelopeTo).toEqual([lukasz.email]);
    expect(delivered!.mail.attachments).toEqual([]);
    expect(delivered!.mail.text).toContain(`/registrations/manage/${manageLink}`);
    expect(delivered!.mail.text).not.toContain(NAME);

    // The audit entry names the request, not the person.
    const audits = await db().auditEntry.findMany({ select: { action: true, subject: true, details: true } });
    expect(audits).toContainEqual({
      action: "visa-letter.approve",
      subject: request!.id,
      details: { editionId: edition.id },
    });

    // The organizers' page and the letter do show them.
    const [shown] = await visaRequestsOfEdition(edition.id, organizer, clock);
    expect(shown).toMatchObject({ passportNumber: PASSPORT, dateOfBirth: BIRTH_DATE, fullName: NAME });
    // Who looked is audited: the organizer, the edition and how many, never whose or what.
    expect(
      await db().auditEntry.findMany({
        where: { action: "visa-letter.viewed" },
        select: { actor: true, subject: true, details: true },
      }),
    ).toEqual([{ actor: organizer.email, subject: edition.id, details: { requests: 1 } }]);
    const response = await downloadLetter(new Request("http://localhost/x", { method: "POST" }), {
      params: Promise.resolve({ token: manageLink }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const letter = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(letter).toContain(PASSPORT);
    expect(letter).toContain(BIRTH_DATE_WRITTEN);
    expect(letter).toContain(NAME);

    // Nowhere else: no table's row (every column as text), no outbox row, no delivered mail, no log line.
    const rawMail = peer.received.map(
      ({ mail }) => `${mail.subject}\n${mail.text}\n${mail.html}\n${JSON.stringify(mail.headers)}`,
    );
    const outbox = (await outboxMail()).map((row) => `${row.text}\n${row.html}\n${JSON.stringify(row)}`);
    for (const secret of SECRETS) {
      expect(await rowsContaining(secret), secret).toEqual([]);
      expect(
        rawMail.filter((text) => text.includes(secret)),
        secret,
      ).toEqual([]);
      expect(
        outbox.filter((text) => text.includes(secret)),
        secret,
      ).toEqual([]);
      expect(
        logs.filter((line) => line.includes(secret)),
        secret,
      ).toEqual([]);
      expect(JSON.stringify(audits)).not.toContain(secret);
    }
    // The capture sees the app's logger, and the search finds what is stored in the clear (it
    // would find a passport number so stored).
    log.info("visa-letters.test-probe", { request: request!.id });
    expect(logs.some((line) => line.includes("visa-letters.test-probe"))).toBe(true);
    // The search itself finds what is stored in the clear (it would find a passport number so stored).
    expect((await rowsContaining(NAME)).map(({ table }) => table)).toContain("VisaLetterRequest");
    expect(rawMail.some((text) => text.includes("is ready"))).toBe(true);
  });
});
