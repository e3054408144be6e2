import { percentile } from "./window";

/**
 * One class's figures for one phase. `p99` is over every request of the class, all instances
 * pooled, as its visitors met them; `p99WorstInstance` is the higher of the instances' own p99s,
 * the figure the opening day reported before its tenth round (kept to compare the two readings).
 */
export type ClassFigures = { rps: number; p50: number; p99: number; p99WorstInstance: number; non2xx: number };

/** One instance's share of a phase: its measured requests' latencies (ms) and its problems. */
export type InstanceWindow = { latencies: number[]; p99: number; problems: number };

export function phaseFigures(instances: InstanceWindow[], seconds: number): ClassFigures {
  const pooled = instances.flatMap((instance) => instance.latencies).sort((a, b) => a - b);
  return {
    rps: Math.round(pooled.length / seconds),
    p50: Math.round(percentile(pooled, 0.5)),
    p99: Math.round(percentile(pooled, 0.99)),
    p99WorstInstance: Math.max(0, ...instances.map((instance) => instance.p99)),
    non2xx: instances.reduce((sum, instance) => sum + instance.problems, 0),
  };
}

/** The median: the middle value, or the mean of the two middle values of an even count. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("no run to take a median of");
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

const middle = (values: number[]) => Math.round(median(values));

/**
 * The median of the runs, measure by measure, as the targets read "median of 3 runs":
 * each figure is its own median, not one run's figures chosen by another measure. Problems are
 * added up instead, so that one run's failures are never hidden by the others.
 */
export function medianFigures(runs: ClassFigures[]): ClassFigures {
  return {
    rps: middle(runs.map((run) => run.rps)),
    p50: middle(runs.map((run) => run.p50)),
    p99: middle(runs.map((run) => run.p99)),
    p99WorstInstance: middle(runs.map((run) => run.p99WorstInstance)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
  };
}

/** A class's p99 during the rush against alone, read three ways (docs/performance.md, the tenth round). */
export type TailRatio = {
  /** Each run's rush against the alone phase measured right after it, in the same minute; the median of those. */
  paired: number;
  perRun: number[];
  /** The median rush p99 against the median alone p99. */
  ofMedians: number;
  /** As reported before the tenth round: the worse instance's p99, of the run with the median rate. */
  earlierReading: number;
};

const ratio = (rush: number, alone: number) => rush / Math.max(alone, 1);

export function tailRatio(runs: { rush: ClassFigures; alone: ClassFigures }[]): TailRatio {
  if (runs.length === 0) throw new Error("no run to compare");
  const perRun = runs.map((run) => ratio(run.rush.p99, run.alone.p99));
  const byRate = (phases: ClassFigures[]) => [...phases].sort((a, b) => a.rps - b.rps)[Math.floor(phases.length / 2)]!;
  return {
    paired: median(perRun),
    perRun,
    ofMedians: ratio(median(runs.map((run) => run.rush.p99)), median(runs.map((run) => run.alone.p99))),
    earlierReading: ratio(
      byRate(runs.map((run) => run.rush)).p99WorstInstance,
      byRate(runs.map((run) => run.alone)).p99WorstInstance,
    ),
  };
}
