import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

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

/** A server action's id from the build's manifest. */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, action]) => action.filename === file && action.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in ${file}`);
  return found[0];
}

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

/** A server action call as React's client sends it: the arguments, with a FormData as multipart. */
export function actionRequest(id: string, args: unknown[], form?: Record<string, string | string[]>): { body: string; headers: Record<string, string> } {
  if (!form) return { body: JSON.stringify(args), headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" } };
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  for (const [name, value] of Object.entries(form)) for (const one of Array.isArray(value) ? value : [value]) add(`_1_${name}`, one);
  add("0", JSON.stringify([...args, "$K1"]));
  return { body: `${parts.join("")}--${boundary}--\r\n`, headers: { "next-action": id, "content-type": `multipart/form-data; boundary=${boundary}` } };
}
