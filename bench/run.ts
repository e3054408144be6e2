// `npm run bench [-- --runs 3 --seconds 5 --connections 10 --amount 300 --lighthouse --only name --profile --database postgres]`: every
// scenario against its baseline in the same run, on PostgreSQL (DATABASE_URL, a local server:
// a throwaway database is made and dropped) and on the embedded PGlite, with one production
// build per database. Figures: median of `runs` runs after a warm-up, the two sides taking
// turns, logging off; peak RSS of the server. Then the mixed "opening day" run with the mail
// worker on, and the same mix with the confirming class on the one-statement baseline
// (bench/opening-day.ts; `--only opening` runs both alone, `--only "opening day"` ours alone).
// Writes bench-results/latest.json and bench-results/latest.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { chromium } from "@playwright/test";
import type autocannon from "autocannon";
import pg from "pg";
import { scripts } from "./support/javascript";
import {
  actionId,
  actionRequest,
  BENCH_MAIL_PER_HOUR,
  buildBench,
  load,
  startBench,
  withPeakRss,
  type BenchServer,
} from "./support/next-server";
import { chromiumPath } from "../tests/fixtures/chromium-path";
import { createThrowawayDatabase, dropDatabase } from "../tests/fixtures/local-database";
import { BENCH_CLOCK_START, createOneStatementConfirm, seedBenchData, type BenchData, type Sql } from "./seed";
import { registrationForm } from "./support/forms";
import {
  checkOpeningDay,
  measureOpeningDay,
  openingDayMarkdown,
  seedOpeningDay,
  startMailSink,
  type ConfirmVia,
  type OpeningDayChecks,
  type OpeningDayReport,
} from "./opening-day";

// Focused benchmarks, one part of the stack each, are options of this one entry point:
// `npm run bench -- --focus mail|registration|admin|registration-http|pages|confirm-sql|accept-burst|request-cpu [their own options]`,
// each option after the name (`npm run bench -- --focus request-cpu --runs 5`).
const FOCUSED = {
  mail: "mail",
  registration: "registration",
  admin: "admin-registrations",
  "registration-http": "registration-http",
  pages: "public-pages",
  "confirm-sql": "confirm-sql",
  "accept-burst": "accept-burst",
  "request-cpu": "request-cpu",
} as const;
const focusAt = process.argv.indexOf("--focus");
if (focusAt !== -1) {
  const name = process.argv[focusAt + 1] as keyof typeof FOCUSED | undefined;
  if (!name || !(name in FOCUSED)) {
    console.error(`--focus takes one of: ${Object.keys(FOCUSED).join(", ")}`);
    process.exit(1);
  }
  const rest = process.argv.slice(2).filter((_, i) => i !== focusAt - 2 && i !== focusAt - 1);
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), [`bench/focused/${FOCUSED[name]}.ts`, ...rest], {
    stdio: "inherit",
  });
  process.exit(run.status ?? 1);
}

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    amount: { type: "string", default: "300" },
    lighthouse: { type: "boolean", default: false },
    // Only the scenarios whose name contains one of these, e.g. --only "admin,registration submit".
    only: { type: "string", default: "" },
    // Writes a V8 CPU profile of each server to bench-results/profiles (open in Chrome's DevTools).
    profile: { type: "boolean", default: false },
    // One database only: "postgres" or "pglite".
    database: { type: "string", default: "" },
    // The opening day's rush only, without the classes alone: with --profile, a profile of the rush.
    "rush-only": { type: "boolean", default: false },
  },
});
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const AMOUNT = Number(values.amount);
// Enough confirmation links for the opening-day runs (ours and the baseline's, alone and in the rush) at any rate this
// machine reaches: confirming alone measured up to 391 a second on the embedded database once the waiting list was
// counted once (the eighth round), about 8,300 presses for one mix's three runs and more than 20,000 for the two.
const OPENING_LINKS = 40_000;
const wants = (name: string) => values.only.split(",").some((part) => name.includes(part));

type Figures = { rps: number; p50: number; p99: number; non2xx: number; peakRssMb: number };
type Row = { scenario: string; ours: Figures; baseline: Figures; baselineName: string; ratio: number };
/** A POST; `path` when each request goes to its own address (a confirmation, to its link's page). */
type Request = { body: string; headers: Record<string, string>; path?: string };
/** A GET for a duration, or a fixed number of POSTs (each run needs fresh emails and links). */
type Target = { name: string } & (
  | { url: string; headers?: Record<string, string> }
  | {
      url: string;
      post: (run: number, index: number) => Request;
      probe: Request;
      expect: (response: Response, text: string) => boolean;
    }
);

type Timed = autocannon.Result & { elapsedS: number; fixedAmount: boolean };
// A timed GET run: requests over its measured duration. A fixed number of POSTs ends on
// autocannon's one-second tick, so its wall time is whole seconds: its rate comes from the mean
// latency at that many connections instead (Little's law, the connections being always busy).
const rate = (result: Timed) =>
  result.fixedAmount
    ? (CONNECTIONS * 1000) / Math.max(result.latency.average, 0.001)
    : result.requests.total / Math.max(result.elapsedS, 0.001);
async function timed(fixedAmount: boolean, run: () => Promise<autocannon.Result>): Promise<Timed> {
  const started = performance.now();
  const result = await run();
  return { ...result, elapsedS: (performance.now() - started) / 1000, fixedAmount };
}
const median = (results: Timed[]) => [...results].sort((a, b) => rate(a) - rate(b))[Math.floor(results.length / 2)]!;

async function warmUp(server: BenchServer, target: Target): Promise<void> {
  const url = `${server.base}${target.url}`;
  if ("post" in target) {
    const probe = await fetch(target.probe.path ? `${server.base}${target.probe.path}` : url, {
      method: "POST",
      body: target.probe.body,
      headers: target.probe.headers,
      redirect: "manual",
    });
    const text = await probe.text();
    if (!target.expect(probe, text))
      throw new Error(`${target.name}: the probe answered ${probe.status}: ${text.slice(0, 300)}`);
    // Warm-up on the spare set of emails and links (run index RUNS; its first item was the probe).
    await load({
      url,
      connections: CONNECTIONS,
      amount: Math.min(50, AMOUNT - 1),
      body: (index) => target.post(RUNS, index + 1),
    });
  } else {
    await load({ url, headers: target.headers, connections: CONNECTIONS, duration: 2 });
  }
}

function oneRun(server: BenchServer, target: Target, run: number): Promise<Timed> {
  const url = `${server.base}${target.url}`;
  return timed("post" in target, () =>
    "post" in target
      ? load({ url, connections: CONNECTIONS, amount: AMOUNT, body: (index) => target.post(run, index) })
      : load({ url, headers: target.headers, connections: CONNECTIONS, duration: SECONDS }),
  );
}

function figures(runs: { result: Timed; peakRssMb: number }[]): Figures {
  const chosen = median(runs.map((run) => run.result));
  return {
    rps: Math.round(rate(chosen)),
    p50: chosen.latency.p50,
    p99: chosen.latency.p99,
    non2xx: chosen.non2xx + chosen.errors,
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
  };
}

/**
 * Runs the baseline and ours in turn (baseline, ours, baseline, ours…), so that a machine
 * slowing down or speeding up during the scenario weighs on both sides alike.
 */
async function measurePair(
  server: BenchServer,
  ours: Target,
  baseline: Target,
): Promise<{ ours: Figures; baseline: Figures }> {
  await warmUp(server, baseline);
  await warmUp(server, ours);
  const runs = {
    ours: [] as { result: Timed; peakRssMb: number }[],
    baseline: [] as { result: Timed; peakRssMb: number }[],
  };
  for (let run = 0; run < RUNS; run += 1) {
    runs.baseline.push(await withPeakRss(server.pid, () => oneRun(server, baseline, run)));
    runs.ours.push(await withPeakRss(server.pid, () => oneRun(server, ours, run)));
  }
  return { ours: figures(runs.ours), baseline: figures(runs.baseline) };
}

function scenarios(data: BenchData): [string, Target, Target][] {
  const file = {
    register: "app/(site)/(personal)/editions/[slug]/register/actions.ts",
    confirm: "app/(site)/(personal)/registrations/confirm/[token]/actions.ts",
    subscribe: "app/(site)/newsletter/actions.ts",
    bareRegister: "app/bench/register/actions.ts",
    bareSubscribe: "app/bench/subscribe/actions.ts",
  };
  const ids = {
    register: actionId(file.register, "registerAction"),
    confirm: actionId(file.confirm, "confirmAction"),
    subscribe: actionId(file.subscribe, "subscribeAction"),
    bareRegister: actionId(file.bareRegister, "benchRegister"),
    bareConfirm: actionId(file.bareRegister, "benchConfirm"),
    bareSubscribe: actionId(file.bareSubscribe, "benchSubscribe"),
  };
  const person = (prefix: string) => registrationForm("Bench Person", `${prefix}@example.org`);
  const ok = (response: Response) => response.status === 200;
  const bareStatic: Target = { name: "bare static page", url: "/bench/static" };
  const cookie = { cookie: data.cookie };
  // The spare set (index RUNS) serves the probe (item 0) and the warm-up (items 1…50).
  const probeToken = (side: "ours" | "bare") => data.confirmTokens[side][RUNS]![0]!;
  const confirmRequest = (token: string) => ({
    ...actionRequest(ids.confirm, [token, {}]),
    path: `/registrations/confirm/${token}`,
  });
  return [
    ["home page", { name: "/", url: "/" }, bareStatic],
    ["edition page", { name: "/editions/open", url: "/editions/open" }, bareStatic],
    [
      "calendar (.ics)",
      { name: ".ics", url: "/editions/open/calendar.ics" },
      { name: "bare route, same SQL", url: "/bench/ics" },
    ],
    ["Atom feed", { name: "feed", url: "/newsletter/feed.xml" }, { name: "bare route, same SQL", url: "/bench/feed" }],
    [
      "admin registrations list",
      { name: "admin", url: `/admin/editions/${data.editionId}/registrations`, headers: cookie },
      { name: "bare page, same SQL", url: `/bench/registrations/${data.editionId}`, headers: cookie },
    ],
    [
      "registration submit",
      {
        name: "register",
        url: "/editions/open/register",
        post: (run, i) => actionRequest(ids.register, ["open", { status: "idle" }], person(`ours-${run}-${i}`)),
        probe: actionRequest(ids.register, ["open", { status: "idle" }], person("probe-ours")),
        expect: (r, text) => ok(r) && text.includes("Check your email"),
      },
      {
        name: "bare action, same SQL",
        url: "/bench/register",
        post: (run, i) => actionRequest(ids.bareRegister, [null], person(`bare-${run}-${i}`)),
        probe: actionRequest(ids.bareRegister, [null], person("probe-bare")),
        expect: ok,
      },
    ],
    [
      "confirmation",
      // Each confirmation posts to its link's page, as the browser does.
      {
        name: "confirm",
        url: "/registrations/confirm/x",
        post: (run, i) => confirmRequest(data.confirmTokens.ours[run]![i]!),
        probe: confirmRequest(probeToken("ours")),
        expect: (r, text) => ok(r) && /"result":{"status":"(confirmed|waitlisted)"/.test(text),
      },
      {
        name: "bare action, same SQL",
        url: "/bench/register",
        post: (run, i) => actionRequest(ids.bareConfirm, [data.confirmTokens.bare[run]![i]]),
        probe: actionRequest(ids.bareConfirm, [probeToken("bare")]),
        expect: ok,
      },
    ],
    [
      "newsletter subscribe",
      {
        name: "subscribe",
        url: "/newsletter",
        post: (run, i) =>
          actionRequest(ids.subscribe, [{ status: "idle" }], {
            email: `sub-ours-${run}-${i}@example.org`,
            name: "",
            source: "newsletter-page",
          }),
        probe: actionRequest(ids.subscribe, [{ status: "idle" }], {
          email: "probe-sub@example.org",
          name: "",
          source: "newsletter-page",
        }),
        expect: (r, text) => ok(r) && text.includes("Check your inbox"),
      },
      {
        name: "bare action, same SQL",
        url: "/bench/register",
        post: (run, i) => actionRequest(ids.bareSubscribe, [null], { email: `sub-bare-${run}-${i}@example.org` }),
        probe: actionRequest(ids.bareSubscribe, [null], { email: "probe-sub-bare@example.org" }),
        expect: ok,
      },
    ],
  ];
}

/** A fresh database with the migrations, the series and the bench data; the server env for it. */
async function prepare(kind: "postgres" | "pglite"): Promise<{
  env: Record<string, string>;
  data: BenchData;
  openingTokens: string[];
  query: <T>(work: (sql: Sql) => Promise<T>) => Promise<T>;
  cleanup: () => Promise<void>;
}> {
  const env: Record<string, string> = { CLOCK_START: BENCH_CLOCK_START };
  let cleanup = async () => {};
  if (kind === "postgres") {
    env.DATABASE_URL = await createThrowawayDatabase(process.env.DATABASE_URL!, "dotm_bench");
    cleanup = () => dropDatabase(env.DATABASE_URL!);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dotm-bench-"));
    env.PGLITE_DATA_DIR = path.join(dir, "pglite");
    env.DATABASE_URL = ""; // empty counts as unset: the server opens PGlite
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const base = { ...process.env, ...env };
  if (spawnSync("npx", ["tsx", "scripts/prepare-database.ts"], { env: base, stdio: "ignore" }).status !== 0)
    throw new Error("preparing the database failed");
  // PGlite serves one process: the bench opens it only while no server holds it.
  const query = async <T>(work: (sql: Sql) => Promise<T>): Promise<T> => {
    if (kind === "postgres") {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      return work(client).finally(() => client.end());
    }
    const pglite = new PGlite(env.PGLITE_DATA_DIR!);
    return work(pglite).finally(() => pglite.close());
  };
  const { data, openingTokens } = await query(async (sql) => ({
    data: await seedBenchData(sql, { runs: RUNS, perRun: AMOUNT }),
    openingTokens: await seedOpeningDay(sql, OPENING_LINKS),
  }));
  await query(createOneStatementConfirm);
  return {
    env: { ...env, ORGANIZER_EMAILS: "organizer@example.org", LOG_LEVEL: "silent" },
    data,
    openingTokens,
    query,
    cleanup,
  };
}

async function javascriptBudget(base: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const runtime = await scripts(browser, base, "/bench/static");
    const runtimeKb = [...runtime.values()].reduce((a, b) => a + b, 0) / 1024;
    const pages: Record<string, { oursKb: number; runtimeKb: number }> = {};
    for (const page of ["/", "/editions/open", "/impact", "/host"]) {
      const all = await scripts(browser, base, page);
      const ours = [...all.entries()].filter(([src]) => !runtime.has(src)).reduce((a, [, size]) => a + size, 0);
      pages[page] = { oursKb: Math.round((ours / 1024) * 10) / 10, runtimeKb: Math.round(runtimeKb * 10) / 10 };
    }
    return pages;
  } finally {
    await browser.close();
  }
}

function lighthouse(base: string) {
  const scores: Record<string, { performance: number; accessibility: number } | string> = {};
  for (const page of ["/", "/editions/open"]) {
    const output = path.join(os.tmpdir(), `dotm-lighthouse-${page.replace(/\W+/g, "_")}.json`);
    const run = spawnSync(
      "npx",
      [
        "-y",
        "lighthouse@12.2.3",
        `${base}${page}`,
        "--quiet",
        "--output=json",
        `--output-path=${output}`,
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      {
        // Lighthouse runs the full browser (`--headless=new`), never the headless shell.
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
        encoding: "utf8",
      },
    );
    if (run.status !== 0) {
      scores[page] = `lighthouse failed: ${(run.stderr || run.stdout).slice(-300)}`;
      continue;
    }
    const report = JSON.parse(readFileSync(output, "utf8")) as { categories: Record<string, { score: number }> };
    scores[page] = {
      performance: Math.round(report.categories.performance!.score * 100),
      accessibility: Math.round(report.categories.accessibility!.score * 100),
    };
  }
  return scores;
}

/**
 * The opening day on servers of its own with the in-app mail worker on, delivering to a local
 * SMTP sink: two instances on PostgreSQL, one on PGlite. Our confirmation first, then (if
 * asked) the same mix with the confirming class on the one-statement baseline. The checks run
 * once the mail has settled and the servers are gone (PGlite serves one process).
 */
async function openingDayRuns(
  kind: "postgres" | "pglite",
  env: Record<string, string>,
  tokens: string[],
  runs: readonly ConfirmVia[],
  query: <T>(work: (sql: Sql) => Promise<T>) => Promise<T>,
  profiling: string[],
): Promise<{ reports: OpeningDayReport[]; checks: OpeningDayChecks }> {
  const sink = await startMailSink();
  try {
    const mailEnv = { ...env, MAIL_WORKER: "in-app", SMTP_URL: sink.url };
    const servers = [await startBench(kind === "postgres" ? 3213 : 3211, mailEnv, profiling)];
    const reports: OpeningDayReport[] = [];
    try {
      if (kind === "postgres") servers.push(await startBench(3214, mailEnv, profiling));
      const rushOnly = values["rush-only"];
      for (const confirmVia of runs)
        reports.push(
          await measureOpeningDay(servers, tokens, {
            runs: RUNS,
            seconds: SECONDS,
            confirmVia,
            rushOnly,
            // Confirming alone queues a few hundred to a few thousand emails: delivered before the next phase, not during it.
            settle: () => sink.settle(2_000, 120_000),
          }),
        );
      await sink.settle(3_000, 120_000);
    } finally {
      for (const server of servers) await server.stop();
    }
    return { reports, checks: await query((sql) => checkOpeningDay(sql, sink)) };
  } finally {
    await sink.close();
  }
}

const cell = (f: Figures) => `${f.rps} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}, ${f.peakRssMb} MB`;

async function main() {
  const databases = (process.env.DATABASE_URL ? (["postgres", "pglite"] as const) : (["pglite"] as const)).filter(
    (kind) => !values.database || kind === values.database,
  );
  if (!process.env.DATABASE_URL) console.log("DATABASE_URL unset: measuring the embedded database only.");
  console.log(
    `Every public form's mail budget for this run: ${BENCH_MAIL_PER_HOUR} an hour (REGISTRATION_, NEWSLETTER_, HOST_, PRIVACY_MAIL_PER_HOUR)`,
  );
  const report: {
    when: string;
    machine: string;
    settings: Record<string, number>;
    results: Record<string, Row[]>;
    javascript?: unknown;
    lighthouse?: unknown;
    openingDay?: unknown;
  } = {
    when: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    settings: { runs: RUNS, seconds: SECONDS, connections: CONNECTIONS, amount: AMOUNT },
    results: {},
  };
  const openingDay: { kind: string; report: OpeningDayReport; checks: OpeningDayChecks }[] = [];
  for (const kind of databases) {
    const { env, data, openingTokens, query, cleanup } = await prepare(kind);
    buildBench(env);
    const profiling = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve("bench-results/profiles")}`] : [];
    const server = await startBench(kind === "postgres" ? 3210 : 3211, env, profiling);
    try {
      const rows: Row[] = [];
      for (const [scenario, ours, baseline] of scenarios(data).filter(([name]) => wants(name))) {
        const { ours: oursFigures, baseline: baselineFigures } = await measurePair(server, ours, baseline);
        const row = {
          scenario,
          ours: oursFigures,
          baseline: baselineFigures,
          baselineName: baseline.name,
          ratio: Math.round((oursFigures.rps / baselineFigures.rps) * 100),
        };
        console.log(
          `[${kind}] ${scenario}: ${cell(oursFigures)} | ${baseline.name}: ${cell(baselineFigures)} | ${row.ratio} %`,
        );
        rows.push(row);
      }
      report.results[kind] = rows;
      if (kind === databases.at(-1) && !values.only) {
        report.javascript = await javascriptBudget(server.base);
        if (values.lighthouse) report.lighthouse = lighthouse(server.base);
      }
    } finally {
      await server.stop();
    }
    try {
      const runs = (["ours", "one statement"] as const).filter((via) =>
        wants(via === "ours" ? "opening day" : "opening baseline"),
      );
      if (runs.length > 0) {
        const { reports, checks } = await openingDayRuns(kind, env, openingTokens, runs, query, profiling);
        for (const report of reports) {
          openingDay.push({ kind, report, checks });
          console.log(openingDayMarkdown(report, checks, kind).join("\n"));
        }
      }
    } finally {
      await cleanup();
    }
  }
  report.openingDay = openingDay;
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/latest.json", JSON.stringify(report, null, 2));
  const lines = [
    `Measured ${report.when.slice(0, 10)} on ${report.machine}; median of ${RUNS} runs (${SECONDS} s, or ${AMOUNT} requests), ${CONNECTIONS} connections.`,
    "",
  ];
  for (const [kind, rows] of Object.entries(report.results)) {
    lines.push(
      `**${kind === "postgres" ? "PostgreSQL" : "Embedded PGlite"}**`,
      "",
      "| scenario | ours | baseline | ours / baseline |",
      "| --- | --- | --- | --- |",
    );
    for (const row of rows)
      lines.push(
        `| ${row.scenario} | ${cell(row.ours)} | ${row.baselineName}: ${cell(row.baseline)} | ${row.ratio} % |`,
      );
    lines.push("");
  }
  for (const { kind, report: run, checks } of openingDay)
    lines.push(...openingDayMarkdown(run, checks, kind === "postgres" ? "PostgreSQL" : "embedded PGlite"));
  if (report.javascript) {
    lines.push("| page | our JavaScript (gzip) | Next's runtime (gzip) |", "| --- | --- | --- |");
    for (const [page, js] of Object.entries(report.javascript as Record<string, { oursKb: number; runtimeKb: number }>))
      lines.push(`| ${page} | ${js.oursKb} kB | ${js.runtimeKb} kB |`);
    lines.push("");
  }
  if (report.lighthouse) {
    lines.push("| page | Lighthouse performance | accessibility |", "| --- | --- | --- |");
    for (const [page, score] of Object.entries(
      report.lighthouse as Record<string, { performance: number; accessibility: number } | string>,
    )) {
      lines.push(
        typeof score === "string"
          ? `| ${page} | ${score} | |`
          : `| ${page} | ${score.performance} | ${score.accessibility} |`,
      );
    }
  }
  writeFileSync("bench-results/latest.md", lines.join("\n") + "\n");
  console.log(`\n${lines.join("\n")}\nWritten to bench-results/latest.json and bench-results/latest.md.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
