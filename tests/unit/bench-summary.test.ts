import { describe, expect, it } from "vitest";
import { medianFigures, phaseFigures, tailRatio, type ClassFigures } from "../../bench/support/summary";

// The opening day's figures decide whether issue 31's targets are met: how the instances are
// pooled and how the runs' medians are taken must be exact, and must not hide a failure.
describe("the opening day's summary", () => {
  const figures = (rps: number, p99: number, p99WorstInstance = p99, non2xx = 0): ClassFigures => ({
    rps,
    p50: Math.round(p99 / 4),
    p99,
    p99WorstInstance,
    non2xx,
  });

  it("pools the instances' requests into one percentile, and keeps the worse instance's p99 beside it", () => {
    const fast = Array.from({ length: 150 }, (_, i) => 10 + (i % 10));
    const slow = [...Array.from({ length: 47 }, () => 20), 300, 400, 500];
    const phase = phaseFigures(
      [
        { latencies: fast, p99: 19, problems: 0 },
        { latencies: slow, p99: 400, problems: 2 },
      ],
      2,
    );
    // 200 requests: the 198th of them, fastest first, is the pooled p99 (nearest rank).
    expect(phase).toEqual({ rps: 100, p50: 16, p99: 300, p99WorstInstance: 400, non2xx: 2 });
    // One instance's single stall is its own p99 (50 requests), but not the site's (200).
    const oneStall = phaseFigures(
      [
        { latencies: fast, p99: 19, problems: 0 },
        { latencies: [...Array.from({ length: 49 }, () => 20), 500], p99: 500, problems: 0 },
      ],
      2,
    );
    expect(oneStall).toMatchObject({ p99: 20, p99WorstInstance: 500 });
  });

  it("takes each measure's own median over the runs, and adds up their problems", () => {
    const median = medianFigures([figures(900, 240, 260, 1), figures(700, 100, 130), figures(800, 120, 300, 2)]);
    expect(median).toEqual({ rps: 800, p50: 30, p99: 120, p99WorstInstance: 260, non2xx: 3 });
    expect(() => medianFigures([])).toThrow(/no run/);
  });

  it("reads the readers' tail three ways: paired run by run, median against median, and as before", () => {
    const tail = tailRatio([
      { rush: figures(900, 240, 300), alone: figures(1_600, 60, 70) },
      { rush: figures(700, 100, 110), alone: figures(1_000, 80, 90) },
      { rush: figures(800, 150, 190), alone: figures(1_800, 50, 55) },
    ]);
    expect(tail.perRun).toEqual([4, 1.25, 3]);
    expect(tail.paired).toBe(3);
    expect(tail.ofMedians).toBe(150 / 60);
    // The run of median rate, rush (800 req/s) and alone (1,600 req/s), each by its worse instance.
    expect(tail.earlierReading).toBe(190 / 70);
    expect(() => tailRatio([])).toThrow(/no run/);
  });
});
