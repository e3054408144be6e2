// `npm run bench -- --focus accept-burst [--busy-ms 3]`: what the opening day's first second
// measures, without the site. Two plain Node HTTP servers, each in a process of its own, answer
// every request after `busy-ms` of work on their event loop; the opening day's sixty connections
// (its mix, split over the two) open at once, as each phase of that run opens them. Prints when
// each server accepted each connection, from the server's side, and the load generator's latency
// of each connection's first request against the rest. Since libuv 1.45 (Node 20) a server
// accepts one connection per turn of its event loop (libuv pull request 3696), and each turn
// serves every request of the connections already open: the accepts spread over a second, and
// the last connections' first requests wait for all of it. Loopback only.
import { fork } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { MIX } from "../opening-day";
import { percentile } from "../support/window";

const { values } = parseArgs({
  options: { "busy-ms": { type: "string", default: "3" }, server: { type: "boolean", default: false } },
});
const BUSY_MS = Number(values["busy-ms"]);

/** The child: a server that works `busy-ms` per request and reports its accept times when asked. */
async function serve() {
  const http = await import("node:http");
  const accepted: number[] = [];
  const server = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const until = performance.now() + BUSY_MS;
      while (performance.now() < until);
      response.end("ok");
    });
  });
  server.on("connection", () => accepted.push(Date.now()));
  server.listen(0, "127.0.0.1", () => process.send!({ port: (server.address() as { port: number }).port }));
  process.on("message", () => process.send!({ accepted }));
}

type Child = ReturnType<typeof fork>;
const ask = <T>(child: Child) => new Promise<T>((resolve) => child.once("message", (message) => resolve(message as T)));

async function main() {
  const children = [0, 1].map(() =>
    fork(import.meta.filename, ["--server", "--busy-ms", String(BUSY_MS)], { execArgv: ["--import", "tsx"] }),
  );
  const ports = await Promise.all(children.map(async (child) => (await ask<{ port: number }>(child)).port));
  const started = Date.now();
  const first: number[] = [];
  const rest: number[] = [];
  await Promise.all(
    Object.entries(MIX).flatMap(([name, connections]) =>
      ports.map(
        (port) =>
          new Promise<void>((resolve, reject) => {
            const seen = new Set<unknown>();
            const instance = autocannon(
              {
                url: `http://127.0.0.1:${port}/`,
                connections: connections / ports.length,
                duration: 3,
                ...(name === "readers" ? {} : { method: "POST" as const, body: "a=1" }),
              },
              (error) => (error ? reject(error) : resolve()),
            );
            instance.on("response", (client: unknown, _status: number, _bytes: number, ms: number) => {
              (seen.has(client) ? rest : first).push(ms);
              seen.add(client);
            });
          }),
      ),
    ),
  );
  for (const [i, child] of children.entries()) {
    child.send("report");
    const { accepted } = await ask<{ accepted: number[] }>(child);
    console.log(
      `server ${i + 1} accepted its ${accepted.length} connections at (ms after they were opened): ${accepted.map((at) => at - started).join(", ")}`,
    );
    child.kill();
  }
  const describe = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `${label}: ${sorted.length} requests, p50 ${Math.round(percentile(sorted, 0.5))} ms, p99 ${Math.round(percentile(sorted, 0.99))} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms`,
    );
  };
  describe("each connection's first request", first);
  describe("every later request", rest);
}

if (values.server) void serve();
else void main();
