import { appendFileSync } from "node:fs";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { allMailBudgets } from "../../tests/fixtures/mail-budgets";
import { actionId as sharedActionId, actionRequest } from "../../tests/fixtures/server-actions";
import { treeRssMb } from "./proc";
import { windowFigures, windowLatencies, type Sent, type WindowFigures } from "./window";

const DIST = ".next-bench";

/** Load runs make far more public-form mail than an hour of real use: every form's budget is set for them, never left to shape a figure. */
export const BENCH_MAIL_PER_HOUR = 1_000_000;
const benchEnv = (env: Record<string, string>) => ({
  ...process.env,
  ...allMailBudgets(BENCH_MAIL_PER_HOUR),
  ...env,
  NEXT_DIST_DIR: DIST,
  BENCH_ROUTES: "1",
  NEXT_TELEMETRY_DISABLED: "1",
});

/**
 * A production build with the benchmark routes switched on, for the database in `env`: the
 * build renders the public pages from it, as a deployment's build does.
 */
export function buildBench(env: Record<string, string>): void {
  console.log("Building…");
  if (spawnSync("npx", ["next", "build"], { env: benchEnv(env), stdio: "ignore" }).status !== 0)
    throw new Error("next build failed");
}

export type BenchServer = { base: string; pid: number; stop: () => Promise<void> };

/** Serves the benchmark build on `port` with `env` (the database, the clock…); the mail worker is off unless `env` turns it on. */
export async function startBench(
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<BenchServer> {
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use (a server left over from an interrupted run?)`);
  // Node flags such as --cpu-prof are refused in NODE_OPTIONS: they go on Node's command line.
  const child: ChildProcess = spawn(
    "node",
    [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    { env: benchEnv({ MAIL_WORKER: "off", PORT: String(port), ...env }), stdio: "ignore", detached: true },
  );
  // The loopback address, not "localhost": a name would be looked up for every new connection (on
  // libuv's four threads, in the load generator), and autocannon counts that wait in the latency of
  // the connection's first request.
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/about`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    pid: child.pid!,
    stop: async () => {
      if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
      // Waits for the server to be gone, so the next one can take the port.
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
  };
}

/** One production build with the benchmark routes switched on, served on `port`. */
export async function buildAndStart(
  port: number,
  env: Record<string, string>,
): Promise<{ base: string; stop: () => Promise<void> }> {
  buildBench(env);
  return startBench(port, env);
}

/** Samples each server's memory (its process tree) every 250 ms, one reading at a time, until `stop` gives each one's peak. */
export function sampleRss(pids: number[]): { stop: () => Promise<number[]> } {
  const peaks = pids.map(() => 0);
  let sampling = true;
  const read = async () => {
    const now = await Promise.all(pids.map(treeRssMb));
    now.forEach((mb, i) => (peaks[i] = Math.max(peaks[i]!, mb)));
  };
  const loop = (async () => {
    while (sampling) {
      await read();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await read();
  })();
  return {
    stop: async () => {
      sampling = false;
      await loop;
      return peaks;
    },
  };
}

/** Samples a server's memory while `work` runs; returns its result and the peak. */
export async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  const sampler = sampleRss([pid]);
  try {
    const result = await work();
    const [peakRssMb] = await sampler.stop();
    return { result, peakRssMb: peakRssMb! };
  } catch (error) {
    await sampler.stop();
    throw error;
  }
}

/** A server action's id in the benchmark build. */
export const actionId = (file: string, name: string) => sharedActionId(DIST, file, name);

export { actionRequest };

type RequestBody = (index: number) => { body: string; headers: Record<string, string>; path?: string };

/** GETs, or POSTs with a body per request; for a duration in seconds or a fixed number of requests. */
export type Load = { url: string; connections: number; headers?: Record<string, string> } & (
  | {
      duration: number;
      /**
       * Seconds of load before the measured `duration`, whose requests are left out of `window`:
       * the connections all open at once, and Node (libuv 1.45 and later) accepts one connection
       * per turn of its event loop, so on a busy server the last ones wait for every turn before
       * theirs (docs/performance.md, "Connections opened at once").
       */
      rampSeconds?: number;
    }
  | { amount: number }
) & {
    body?: RequestBody;
    /** A POST's answer that is not what the page needs (a 200 that says "try again") is counted in `unexpected`. */
    expect?: (body: string) => boolean;
  };

export type LoadResult = autocannon.Result & {
  unexpected: number;
  /** The requests sent after the ramp (all of them without one). */
  window: WindowFigures;
  /** Their latencies (ms), sorted: to pool the instances' requests into one class's percentiles. */
  latencies: number[];
};

export function load(options: Load): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const ramp = "duration" in options ? (options.rampSeconds ?? 0) : 0;
    const length = "amount" in options ? { amount: options.amount } : { duration: options.duration + ramp };
    const body = options.body;
    const expect = options.expect;
    let unexpected = 0;
    const sent: Sent[] = [];
    const measuredFrom = Date.now() + ramp * 1000;
    const done = (error: Error | null, result: autocannon.Result) =>
      error
        ? reject(error)
        : resolve({
            ...result,
            unexpected,
            window: windowFigures(sent, measuredFrom),
            latencies: windowLatencies(sent, measuredFrom),
          });
    const record = (instance: autocannon.Instance) => {
      instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) =>
        sent.push({ at: Date.now() - ms, ms, status }),
      );
      // REQUEST_TRACE=<file>: each response's arrival (ms since the epoch), address, status and
      // latency, one CSV line each, to see when in a window the slowest requests were sent.
      const file = process.env.REQUEST_TRACE;
      if (file)
        instance.on("done", () =>
          appendFileSync(
            file,
            sent
              .map(
                ({ at, ms, status }) =>
                  `${Math.round(at + ms)},${options.url}${body ? " POST" : ""},${status},${ms.toFixed(1)}`,
              )
              .join("\n") + "\n",
          ),
        );
    };
    if (body) {
      let next = 0;
      // What a browser's script sends with every POST from the site's own page.
      const fromThePage = { origin: new URL(options.url).origin, "sec-fetch-site": "same-origin" };
      record(
        autocannon(
          {
            url: options.url,
            connections: options.connections,
            ...length,
            method: "POST",
            requests: [
              {
                setupRequest: (request) => {
                  const { body: text, headers, path } = body(next++);
                  return {
                    ...request,
                    method: "POST",
                    body: text,
                    headers: { ...request.headers, ...fromThePage, ...headers },
                    ...(path ? { path } : {}),
                  };
                },
                ...(expect
                  ? {
                      onResponse: (status: number, text: string) => {
                        if (status < 300 && !expect(text)) unexpected += 1;
                      },
                    }
                  : {}),
              },
            ],
          },
          done,
        ),
      );
    } else {
      record(
        autocannon({ url: options.url, connections: options.connections, ...length, headers: options.headers }, done),
      );
    }
  });
}
