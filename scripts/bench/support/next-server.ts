import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { actionId as sharedActionId, actionRequest } from "../../../tests/fixtures/server-actions";

const DIST = ".next-bench";

/** One production build with the benchmark routes switched on, served on `port`. */
export async function buildAndStart(port: number, env: Record<string, string>): Promise<{ base: string; stop: () => Promise<void> }> {
  const full = { ...process.env, ...env, NEXT_DIST_DIR: DIST, BENCH_ROUTES: "1", MAIL_WORKER: "off", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  console.log("Building (one production build for both sides)…");
  if (spawnSync("npx", ["next", "build"], { env: full, stdio: "ignore" }).status !== 0) throw new Error("next build failed");
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], { env: full, stdio: "ignore", detached: true });
  const base = `http://localhost:${port}`;
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
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    },
  };
}

/** A server action's id in the benchmark build. */
export const actionId = (file: string, name: string) => sharedActionId(DIST, file, name);

export { actionRequest };

export type Load = { url: string; connections: number } & ({ duration: number } | { amount: number; body: (index: number) => { body: string; headers: Record<string, string> } }) & { headers?: Record<string, string> };

export function load(options: Load): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    if ("amount" in options) {
      let next = 0;
      autocannon(
        {
          url: options.url,
          connections: options.connections,
          amount: options.amount,
          method: "POST",
          requests: [{ setupRequest: (request) => {
            const { body, headers } = options.body(next++);
            return { ...request, method: "POST", body, headers: { ...request.headers, ...headers } };
          } }],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    } else {
      autocannon({ url: options.url, connections: options.connections, duration: options.duration, headers: options.headers }, (error, result) => (error ? reject(error) : resolve(result)));
    }
  });
}
