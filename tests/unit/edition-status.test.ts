import { describe, expect, it } from "vitest";
import { formatDateRange, todayIn } from "@/lib/platform/calendar/calendar";
import { editionPhase, registrationWindow } from "@/lib/features/registration/registration-window";

const pescara = {
  timeZone: "Europe/Rome",
  startsOn: new Date("2031-05-01T00:00:00Z"),
  endsOn: new Date("2031-05-03T00:00:00Z"),
  registrationOpensAt: new Date("2031-01-01T00:00:00Z"),
  registrationClosesAt: new Date("2031-04-24T00:00:00Z"),
};

describe("editionPhase", () => {
  it("follows the calendar at the venue, not UTC", () => {
    // 22:30 UTC on 30 April is already 1 May in Rome (UTC+2 in summer).
    expect(todayIn("Europe/Rome", new Date("2031-04-30T22:30:00Z"))).toBe("2031-05-01");
    expect(editionPhase(pescara, new Date("2031-04-30T21:59:00Z"))).toBe("upcoming");
    expect(editionPhase(pescara, new Date("2031-04-30T22:30:00Z"))).toBe("ongoing");
    expect(editionPhase(pescara, new Date("2031-05-03T21:59:00Z"))).toBe("ongoing");
    expect(editionPhase(pescara, new Date("2031-05-03T22:00:00Z"))).toBe("past");
  });
});

describe("registrationWindow", () => {
  it("is open between the opening and closing instants", () => {
    expect(registrationWindow(pescara, new Date("2030-12-31T23:59:59Z"))).toBe("not-open-yet");
    expect(registrationWindow(pescara, new Date("2031-01-01T00:00:00Z"))).toBe("open");
    expect(registrationWindow(pescara, new Date("2031-04-23T23:59:59Z"))).toBe("open");
    expect(registrationWindow(pescara, new Date("2031-04-24T00:00:00Z"))).toBe("closed");
  });

  it("stays open until the edition ends when no closing instant is set", () => {
    const open = { ...pescara, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationWindow(open, new Date("2031-05-02T10:00:00Z"))).toBe("open");
    expect(registrationWindow(open, new Date("2031-05-04T10:00:00Z"))).toBe("closed");
  });
});

describe("formatDateRange", () => {
  it("writes a range within a month and across months", () => {
    expect(formatDateRange(pescara.startsOn, pescara.endsOn)).toMatch(/^1\s?–\s?3 May 2031$/);
    expect(formatDateRange(new Date("2029-09-30T00:00:00Z"), new Date("2029-10-02T00:00:00Z"))).toMatch(
      /^30 September\s?–\s?2 October 2029$/,
    );
  });
});
