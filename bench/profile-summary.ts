// `npx tsx bench/profile-summary.ts <file.cpuprofile>...`: where a server's CPU went, from the V8
// profiles `npm run bench -- --profile` writes (bench-results/profiles). Self time by part (Node's
// core, Next, React, the pg driver, nodemailer, the rest of the bundle) and the functions that
// stand out, so that a profile can be read and quoted without DevTools.
import { readFileSync } from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const PARTS: [string, (url: string, name: string) => boolean][] = [
  ["idle", (_url, name) => name === "(idle)"],
  ["garbage collection", (_url, name) => name === "(garbage collector)"],
  ["V8 (program)", (_url, name) => name === "(program)"],
  ["Node's core", (url) => url.startsWith("node:") || url === ""],
  ["Next", (url) => /node_modules\/next\/|\/next\/dist\//.test(url) && !/react/.test(url)],
  ["React", (url) => /react/.test(url)],
  ["pg driver", (url) => /node_modules\/(pg|pg-protocol|pg-pool)\//.test(url)],
  ["nodemailer", (url) => /nodemailer/.test(url)],
  ["Prisma", (url) => /prisma/.test(url)],
  ["the app's bundle", (url) => /\.next[^/]*\/server\//.test(url)],
  ["other", () => true],
];

function summarize(file: string) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const part = PARTS.find(([, test]) => test(url, functionName))![0];
    parts.set(part, (parts.get(part) ?? 0) + us);
    const key = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^.*\/\.next[^/]*\//, ".next/")}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const busy = total - (parts.get("idle") ?? 0);
  const pct = (us: number, of: number) => `${((100 * us) / of).toFixed(1)} %`;
  console.log(`\n${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, busy ${(busy / 1e6).toFixed(1)} s`);
  for (const [part, us] of [...parts].sort((a, b) => b[1] - a[1]))
    if (part !== "idle") console.log(`  ${pct(us, busy).padStart(7)}  ${part}`);
  console.log("  functions (share of busy time):");
  for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 25))
    if (!name.startsWith("(idle)")) console.log(`  ${pct(us, busy).padStart(7)}  ${name}`);
}

for (const file of process.argv.slice(2)) summarize(file);
