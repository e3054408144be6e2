import { describe, expect, it } from "vitest";
import { weeklyStatus } from "@/lib/features/outcomes/weekly-status";

const endsOn = new Date("2031-05-03T00:00:00Z");
const at = (iso: string) => new Date(iso);

describe("the pull requests' status week by week after the sprint", () => {
  it("counts each pull request with its last status by each week's end, from when it was first recorded", () => {
    const histories = [
      [
        { status: "open" as const, at: at("2031-05-02T10:00:00Z") },
        { status: "merged" as const, at: at("2031-05-15T09:00:00Z") },
      ],
      [{ status: "open" as const, at: at("2031-05-20T09:00:00Z") }],
      [
        { status: "closed" as const, at: at("2031-05-10T09:00:00Z") },
        { status: "open" as const, at: at("2031-05-03T12:00:00Z") },
      ],
    ];
    expect(weeklyStatus(endsOn, histories, at("2031-05-26T00:00:00Z"), 8)).toEqual([
      { week: 0, open: 2, merged: 0, closed: 0 },
      { week: 1, open: 1, merged: 0, closed: 1 },
      { week: 2, open: 0, merged: 1, closed: 1 },
      { week: 3, open: 1, merged: 1, closed: 1 },
      { week: 4, open: 1, merged: 1, closed: 1 }, // the week under way, up to now
    ]);
  });

  it("has no weeks before the sprint's last day is over, and stops after the refresh window", () => {
    const lastDayOver = new Date("2031-05-04T00:00:00Z");
    expect(weeklyStatus(endsOn, [], lastDayOver, 8)).toEqual([{ week: 0, open: 0, merged: 0, closed: 0 }]);
    const one = [[{ status: "open" as const, at: at("2031-05-02T10:00:00Z") }]];
    expect(weeklyStatus(endsOn, one, at("2031-05-03T20:00:00Z"), 8)).toEqual([]);
    expect(weeklyStatus(endsOn, one, at("2032-01-01T00:00:00Z"), 8)).toHaveLength(9);
  });
});
