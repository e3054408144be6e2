import { describe, expect, it } from "vitest";
import { median, medianFigures, phaseFigures, tailRatio, type ClassFigures } from "../../bench/support/summary";

// The opening day's figures decide whether issue 31's targets are met: how the instances are
// pooled and how the runs' medians are taken must be exact, and must not hide a failure.
describe("the opening day's summary", () => {
  const figures = (rps: number, p99: number, p99WorstInstance = p99, p50 = Math.round(p99 / 4)): ClassFigures => ({
    rps,
    p50,
    p99,
    p99WorstInstance,
    non2xx: 0,
  });

  it("pools the instances' requests into one percentile, and keeps the worse instance's p99 beside it", () => {
    // Below 10 ms and above 100 ms, so that sorting them as text would give other percentiles.
    const fast = Array.from({ length: 150 }, (_, i) => 5 + (i % 10));
    const slow = [...Array.from({ length: 47 }, () => 20), 300, 400, 500];
    const phase = phaseFigures(
      [
        { latencies: fast, p99: 14, problems: 0 },
        { latencies: slow, p99: 500, problems: 2 },
      ],
      2,
    );
    // 200 requests: the 100th and the 198th of them, fastest first, are the pooled p50 and p99 (nearest rank).
    expect(phase).toEqual({ rps: 100, p50: 11, p99: 300, p99WorstInstance: 500, non2xx: 2 });
    // One instance's single stall is its own p99 (50 requests), but not the site's (200).
    const oneStall = phaseFigures(
      [
        { latencies: fast, p99: 14, problems: 0 },
        { latencies: [...Array.from({ length: 49 }, () => 20), 500], p99: 500, problems: 0 },
      ],
      2,
    );
    expect(oneStall).toMatchObject({ p99: 20, p99WorstInstance: 500 });
  });

  it("takes each measure's own median over the runs, and adds up their problems", () => {
    const runs = [
      { ...figures(900, 120, 300, 30), non2xx: 1 },
      figures(700, 240, 200, 20),
      { ...figures(800, 100, 100, 60), non2xx: 2 },
    ];
    // The rate's median is the third run's, the p50's and p99's the first's, the worse instance's the second's.
    expect(medianFigures(runs)).toEqual({ rps: 800, p50: 30, p99: 120, p99WorstInstance: 200, non2xx: 3 });
    expect(medianFigures(runs.slice(0, 2))).toMatchObject({ rps: 800, p50: 25, p99: 180 });
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => medianFigures([])).toThrow(/no run/);
  });

  it("reads the readers' tail three ways: paired run by run, median against median, and as before", () => {
    const tail = tailRatio([
      { rush: figures(900, 240, 300), alone: figures(1_600, 60, 70) },
      { rush: figures(700, 100, 110), alone: figures(1_000, 55, 90) },
      { rush: figures(800, 260, 320), alone: figures(1_800, 50, 95) },
    ]);
    expect(tail.perRun).toEqual([4, 100 / 55, 5.2]);
    // Each run's rush against its own alone phase: the rushes and the alone phases sorted apart would give 4.33.
    expect(tail.paired).toBe(4);
    expect(tail.ofMedians).toBe(240 / 55);
    // The runs of median rate, rush (800 req/s) and alone (1,600 req/s), each by its worse instance;
    // chosen by p99 instead, they would give 300 / 90.
    expect(tail.earlierReading).toBe(320 / 70);
    expect(() => tailRatio([])).toThrow(/no run/);
  });
});
