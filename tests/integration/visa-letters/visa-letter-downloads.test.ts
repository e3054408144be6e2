import { afterEach, describe, expect, it } from "vitest";
import { POST as certificatePdf } from "@/app/(site)/(personal)/registrations/manage/[token]/certificate.pdf/route";
import { POST as visaLetterPdf } from "@/app/(site)/(personal)/registrations/manage/[token]/visa-letter.pdf/route";
import { db } from "@/lib/platform/db";
import { forgetSiteSettings } from "@/lib/features/site/load";
import { approveVisaLetter } from "@/lib/features/visa-letters/decide-visa-letter";
import { allowPdfDownload } from "@/lib/features/registration/pdf-download-limit";
import { requestVisaLetter } from "@/lib/features/visa-letters/request-visa-letter";
import { VISA_LETTER_PROBLEMS } from "@/lib/features/visa-letters/wording";
import { sealField } from "@/lib/platform/security/sealed-fields";
import { manualClock } from "@/tests/fixtures/test-clock";
import { confirmedAttendee, letterForm, organizer, pescara, versionOf } from "./fixtures";

afterEach(() => forgetSiteSettings());

const post = (route: typeof visaLetterPdf, token: string) =>
  route(new Request(`http://localhost/registrations/manage/${token}/x.pdf`, { method: "POST" }), {
    params: Promise.resolve({ token }),
  });

/** A confirmed attendee at Pescara whose letter is approved. */
async function approved() {
  const clock = manualClock("2031-02-01T10:00:00Z");
  const edition = await pescara(clock);
  const lukasz = await confirmedAttendee(clock);
  await requestVisaLetter(lukasz.manage, letterForm(), clock);
  const { id } = await db().visaLetterRequest.findFirstOrThrow({ select: { id: true } });
  await approveVisaLetter(organizer, edition.id, id, await versionOf(id), clock);
  return lukasz;
}

describe("downloading the manage page's PDFs", () => {
  it("is 10 times in 10 minutes for each PDF, then sends the person back to their page, which says why", async () => {
    const lukasz = await approved();
    const first = await post(visaLetterPdf, lukasz.manage);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/pdf");
    for (let download = 2; download <= 10; download++)
      expect(await allowPdfDownload(lukasz.manage, "visa-letter")).toBe(true);
    const refused = await post(visaLetterPdf, lukasz.manage);
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(`/registrations/manage/${lukasz.manage}?visa=too-many`);
    expect(VISA_LETTER_PROBLEMS["too-many"]).toBe("You downloaded it many times: try again in a few minutes.");

    // The certificate counts apart (here the edition has not ended yet: that is what it says).
    expect((await post(certificatePdf, lukasz.manage)).headers.get("location")).toBe(
      `/registrations/manage/${lukasz.manage}?certificate=not-ended`,
    );
    for (let download = 2; download <= 10; download++)
      expect(await allowPdfDownload(lukasz.manage, "certificate")).toBe(true);
    const tooMany = await post(certificatePdf, lukasz.manage);
    expect(tooMany.status).toBe(303);
    expect(tooMany.headers.get("location")).toBe(`/registrations/manage/${lukasz.manage}?certificate=too-many`);

    // Another person's downloads are theirs.
    const other = await confirmedAttendee(manualClock("2031-02-01T10:00:00Z"), "ada@example.org");
    expect(await allowPdfDownload(other.manage, "visa-letter")).toBe(true);
  });

  it("sends the person back to their page when their request's sealed fields do not open, instead of failing", async () => {
    const lukasz = await approved();
    await db().visaLetterRequest.updateMany({ data: { passportNumber: sealField("U48213967", "another key") } });
    const response = await post(visaLetterPdf, lukasz.manage);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/registrations/manage/${lukasz.manage}?visa=unopenable`);
    expect(VISA_LETTER_PROBLEMS.unopenable).toContain("Write to the organizers");
  });

  it("does not count a link that does not work: the download says why", async () => {
    for (let attempt = 0; attempt < 12; attempt++)
      expect(await allowPdfDownload("x".repeat(43), "visa-letter")).toBe(true);
    const response = await post(visaLetterPdf, "x".repeat(43));
    expect(response.headers.get("location")).toBe(`/registrations/manage/${"x".repeat(43)}?visa=invalid`);
  });
});
