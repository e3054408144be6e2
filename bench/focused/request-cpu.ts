// `npm run bench -- --focus request-cpu [--seconds 5 --connections 4 --runs 3 --mail off --profile --build --classes reader]`: the CPU each
// opening-day request costs, class by class, on one instance on PostgreSQL with the in-app mail
// worker delivering to a local SMTP sink: the server's CPU (its process tree, from /proc) and
// PostgreSQL's (every postgres process), over the requests of a few seconds of one class alone and
// the delivery of the mail they queued. Latency ratios swing from run to run on a shared 2-core
// machine; CPU per request is what a change to one request's work moves, and it moves little
// with the noise. Needs DATABASE_URL pointing at a local PostgreSQL server.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createThrowawayDatabase, dropDatabase } from "../../tests/fixtures/local-database";
import { plans, seedOpeningDay, startMailSink, type Plan } from "../opening-day";
import { BENCH_CLOCK_START, createOneStatementConfirm } from "../seed";
import { buildBench, load, startBench } from "../support/next-server";
import { cpuMs, postgresCpuMs, processTree } from "../support/proc";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "4" },
    runs: { type: "string", default: "3" },
    build: { type: "boolean", default: false },
    // "off": no delivery, to see the mail's share of a writer's CPU.
    mail: { type: "string", default: "in-app" },
    // Writes a V8 CPU profile of the server to bench-results/profiles (bench/profile-summary.ts reads it).
    profile: { type: "boolean", default: false },
    // Only the classes whose names start with one of these words, comma-separated ("reader").
    classes: { type: "string", default: "" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const RUNS = Number(values.runs);

async function main() {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("Set DATABASE_URL to a local PostgreSQL server.");
  const url = await createThrowawayDatabase(server, "dotm_bench_cpu");
  const sink = await startMailSink();
  const env = { CLOCK_START: BENCH_CLOCK_START, DATABASE_URL: url };
  try {
    if (
      spawnSync("npx", ["tsx", "scripts/prepare-database.ts"], { env: { ...process.env, ...env }, stdio: "ignore" })
        .status !== 0
    )
      throw new Error("preparing the database failed");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const tokens = await seedOpeningDay(client, 40_000);
    await createOneStatementConfirm(client);
    await client.end();
    if (values.build) buildBench(env);
    const instance = await startBench(
      3215,
      {
        ...env,
        MAIL_WORKER: values.mail === "off" ? "off" : "in-app",
        SMTP_URL: sink.url,
        ORGANIZER_EMAILS: "organizer@example.org",
        LOG_LEVEL: "silent",
      },
      values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve("bench-results/profiles")}`] : [],
    );
    try {
      const ours = plans(tokens, "ours");
      const all: [string, Plan][] = [
        ["reader (edition page)", ours.readers],
        ["registering", ours.registering],
        ["confirming", ours.confirming],
        ["subscribing", ours.subscribing],
        ["confirming, one-statement baseline", plans(tokens, "one statement").confirming],
      ];
      const wanted = values.classes.split(",").filter(Boolean);
      const classes = all.filter(([name]) => wanted.length === 0 || wanted.some((word) => name.startsWith(word)));
      if (classes.length === 0)
        throw new Error(`--classes ${values.classes} names none of: ${all.map(([name]) => name).join("; ")}`);
      const run = (plan: Plan, seconds: number) =>
        load({
          url: `${instance.base}${plan.url}`,
          connections: CONNECTIONS,
          duration: seconds,
          body: plan.body,
          expect: plan.expect,
        });
      for (const [, plan] of classes) await run(plan, 2); // warm-up
      await sink.settle(1_500, 60_000);
      // Classes take turns, run after run, so that a slow spell of the machine falls on all of them.
      const measured = new Map<string, { app: number; pg: number; requests: number; problems: number }[]>();
      for (let round = 0; round < RUNS; round += 1)
        for (const [name, plan] of classes) {
          const tree = await processTree(instance.pid);
          const [appBefore, pgBefore] = [await cpuMs(tree), await postgresCpuMs()];
          const result = await run(plan, SECONDS);
          if (values.mail !== "off") await sink.settle(1_500, 60_000);
          const [appAfter, pgAfter] = [await cpuMs(tree), await postgresCpuMs()];
          const requests = result.requests.total;
          if (!measured.has(name)) measured.set(name, []);
          measured.get(name)!.push({
            app: (appAfter - appBefore) / requests,
            pg: (pgAfter - pgBefore) / requests,
            requests,
            problems: result.errors + result.timeouts + result.non2xx + result.unexpected,
          });
        }
      const ms = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return `${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms (${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)})`;
      };
      const rows = [...measured].map(
        ([name, runs]) =>
          `| ${name} | ${runs.map((r) => r.requests).join(", ")} | ${ms(runs.map((r) => r.app))} | ${ms(runs.map((r) => r.pg))} | ${runs.reduce((sum, r) => sum + r.problems, 0)} |`,
      );
      console.log(
        [
          `**CPU per request, one instance on PostgreSQL, each class alone** (${CONNECTIONS} connections, ${SECONDS} s a run, ${values.mail === "off" ? "mail worker off" : "the mail each run queued delivered to an SMTP sink and counted"}): median of ${RUNS} runs (least–most)`,
          "",
          "| class | requests in each run | the server's CPU per request | PostgreSQL's CPU per request | errors or wrong answers |",
          "| --- | --- | --- | --- | --- |",
          ...rows,
        ].join("\n"),
      );
    } finally {
      await instance.stop();
    }
  } finally {
    await sink.close();
    await dropDatabase(url);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
