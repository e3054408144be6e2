/** One response as the load generator saw it: when its request was sent (ms since the epoch), how long it took, its status. */
export type Sent = { at: number; ms: number; status: number };

/** Requests sent at or after `from`: how many, their median and 99th-percentile latency (ms), and the non-2xx among them. */
export type WindowFigures = { requests: number; p50: number; p99: number; non2xx: number };

/** The latency below which a share `q` of the sorted values lie (nearest rank, as autocannon's histogram reports it). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const sentFrom = (sent: Sent[], from: number) => sent.filter((response) => response.at >= from);
const sortedLatencies = (responses: Sent[]) => responses.map((response) => response.ms).sort((a, b) => a - b);

/** The latencies (ms) of the requests sent at or after `from`, sorted. */
export const windowLatencies = (sent: Sent[], from: number) => sortedLatencies(sentFrom(sent, from));

export function windowFigures(sent: Sent[], from: number): WindowFigures {
  const inside = sentFrom(sent, from);
  const latencies = sortedLatencies(inside);
  return {
    requests: inside.length,
    p50: Math.round(percentile(latencies, 0.5)),
    p99: Math.round(percentile(latencies, 0.99)),
    non2xx: inside.filter((response) => response.status < 200 || response.status >= 300).length,
  };
}
