import { describe, expect, it } from "vitest";
import { clockStartingAt, fixedClock } from "@/lib/platform/clock";

describe("clocks", () => {
  it("a fixed clock always reads the same instant, as a fresh Date", () => {
    const clock = fixedClock(new Date("2031-01-15T09:00:00Z"));
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe("2031-01-15T09:00:00.000Z");
  });

  it("a clock starting at an instant then runs at real speed", () => {
    let real = 1_000_000;
    const clock = clockStartingAt(new Date("2031-01-15T09:00:00Z"), () => real);
    expect(clock.now().toISOString()).toBe("2031-01-15T09:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2031-01-15T09:01:30.000Z");
  });
});
