import { describe, expect, it } from "vitest";
import { percentile, windowFigures, type Sent } from "../../bench/support/window";

// The opening-day benchmark's figures leave out the requests sent during each phase's first
// second (bench/opening-day.ts, RAMP_SECONDS): what is left out, and what is counted, must be exact.
describe("the opening day's measured window", () => {
  const sent: Sent[] = [
    { at: 900, ms: 1_700, status: 200 }, // sent during the ramp: slow, and left out
    { at: 999, ms: 1_200, status: 500 }, // sent during the ramp: a failure, left out of the window's figures
    ...Array.from({ length: 98 }, (_, i) => ({ at: 1_000 + i, ms: 100 + i, status: 200 })),
    { at: 1_500, ms: 640, status: 200 },
    { at: 1_600, ms: 20, status: 503 },
  ];

  it("counts only the requests sent at or after its start", () => {
    expect(windowFigures(sent, 1_000)).toEqual({ requests: 100, p50: 148, p99: 197, non2xx: 1 });
  });

  it("counts every request from the first one sent", () => {
    expect(windowFigures(sent, 0)).toEqual({ requests: 102, p50: 149, p99: 1_200, non2xx: 2 });
  });

  it("reports the nearest rank: the 99th percentile of a hundred values is the 99th", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.99)).toBe(0);
  });
});
