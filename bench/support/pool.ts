export type PoolResult = { latencies: number[]; errors: number; opsPerSecond: number };

/** Runs `count` operations with at most `concurrency` in flight; times each one. */
export async function runPool(
  count: number,
  concurrency: number,
  op: (index: number) => Promise<unknown>,
): Promise<PoolResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        const began = performance.now();
        try {
          await op(index);
          latencies.push(performance.now() - began);
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(error);
        }
      }
    }),
  );
  return { latencies, errors, opsPerSecond: Math.round(count / ((performance.now() - start) / 1000)) };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1));
}
