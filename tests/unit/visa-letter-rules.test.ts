import { describe, expect, it } from "vitest";
import { birthDateIsSane, stayProblems } from "@/lib/features/visa-letters/stay";
import { mayAskForVisaLetter } from "@/lib/features/visa-letters/eligibility";
import { VisaLetterRequestSchema } from "@/lib/features/visa-letters/schemas";
import { costsLine } from "@/lib/features/visa-letters/letter-text";
import { VISA_LETTER_PROBLEMS, visaLetterProblemText } from "@/lib/features/visa-letters/wording";

const edition = { startsOn: new Date("2031-05-01"), endsOn: new Date("2031-05-03") };
const form = {
  fullName: "Łukasz Çağrı Ñúñez",
  nationality: "Turkish",
  passportNumber: " u48-213 967 ",
  dateOfBirth: "1990-04-17",
  consulate: "Consulate General of Italy in Istanbul",
  arrivesOn: "2031-04-29",
  leavesOn: "2031-05-05",
};

describe("visa letter rules", () => {
  it("reads a problem from a URL parameter only when it is one of its own", () => {
    expect(visaLetterProblemText("too-many")).toBe(VISA_LETTER_PROBLEMS["too-many"]);
    for (const param of ["constructor", "toString", "__proto__", "hasOwnProperty", "nope", "", undefined])
      expect(visaLetterProblemText(param)).toBeNull();
  });

  it("lets confirmed and accepted people ask, nobody else", () => {
    const acceptedAt = new Date("2031-03-01T10:00:00Z");
    expect(mayAskForVisaLetter({ status: "confirmed", acceptedAt: null })).toBe(true);
    expect(mayAskForVisaLetter({ status: "confirmed", acceptedAt })).toBe(true);
    // Accepted from an application: held as an offer with acceptedAt set.
    expect(mayAskForVisaLetter({ status: "offered", acceptedAt })).toBe(true);
    // A place freed up on the waiting list is an offer too, without acceptedAt: not yet theirs.
    expect(mayAskForVisaLetter({ status: "offered", acceptedAt: null })).toBe(false);
    for (const status of ["pending", "waitlisted", "applied", "declined", "cancelled", "expired"])
      expect(mayAskForVisaLetter({ status, acceptedAt: null })).toBe(false);
  });

  it("keeps a stay within 14 days of the edition, including one of its days", () => {
    expect(stayProblems(edition, "2031-04-17", "2031-05-17")).toEqual({});
    expect(stayProblems(edition, "2031-05-03", "2031-05-03")).toEqual({});
    expect(stayProblems(edition, "2031-04-16", "2031-05-18")).toEqual({ arrivesOn: "too-early", leavesOn: "too-late" });
    expect(stayProblems(edition, "2031-05-04", "2031-05-05")).toEqual({ arrivesOn: "misses-edition" });
    expect(stayProblems(edition, "2031-04-20", "2031-04-30")).toEqual({ leavesOn: "misses-edition" });
  });

  it("takes a date of birth from 1900 to ten years ago", () => {
    const now = new Date("2031-02-01T10:00:00Z");
    expect(birthDateIsSane("1990-04-17", now)).toBe(true);
    expect(birthDateIsSane("1899-12-31", now)).toBe(false);
    expect(birthDateIsSane("2021-02-02", now)).toBe(false);
  });

  it("normalises the passport number and refuses impossible dates and a stay that ends first", () => {
    expect(VisaLetterRequestSchema.parse(form).passportNumber).toBe("U48213967");
    const bad = VisaLetterRequestSchema.safeParse({
      ...form,
      passportNumber: "#!",
      dateOfBirth: "1990-02-30",
      leavesOn: "2031-04-28",
    });
    expect(bad.error?.issues.map(({ path }) => path.join(".")).sort()).toEqual([
      "dateOfBirth",
      "leavesOn",
      "passportNumber",
    ]);
  });

  it("says who pays: nobody but the person, or the grant's amount", () => {
    expect(costsLine("Ada", null)).toContain("pay neither travel nor accommodation");
    expect(costsLine("Ada", 1250.5)).toContain("a travel grant of €1,250.50");
  });
});
