// The opening-day scenario of `npm run bench -- --only opening`: the announcement has gone out,
// and four classes of visitors arrive at once on the edition whose registration just opened.
// On PostgreSQL two app instances share the database (as in tests/e2e/two-instances.spec.ts) and
// each class's connections are split evenly over them; PGlite serves one process, so there the
// same mix runs on one instance. Each run measures the mix, then each class alone; each figure
// reported is its own median over the runs (bench/support/summary.ts). The run fails if a seat
// was oversold or a confirmation's email is missing or doubled, in the outbox or at the SMTP sink.
//
// The servers run the in-app mail worker, delivering to a local SMTP sink (issue 31: rendering
// at send time must stay inside the measured window). Before each phase the run waits for the
// mail queued so far to be delivered, so that no phase pays for another's (confirming alone
// queues an email per confirmation, hundreds to thousands). A second run, the baseline, is the same
// mix with the confirming class posting to the one-statement bare confirmation
// (benchConfirmOneStatement): the gap between the two is our side's cost over the limit.
import { createHash, randomBytes } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { actionId, actionRequest, load, sampleRss, type BenchServer, type LoadResult } from "./support/next-server";
import { insertOpenEdition, type Sql } from "./seed";
import { registrationForm } from "./support/forms";
import { medianFigures, phaseFigures, tailRatio, type ClassFigures, type TailRatio } from "./support/summary";

export const OPENING_SLUG = "opening";
const CAPACITY = 30;

/** Connections per class, split evenly over the instances: fixed, so the target cannot be met by changing it. */
export const MIX = { readers: 40, registering: 8, confirming: 8, subscribing: 4 } as const;
type Class = keyof typeof MIX;
const CLASSES = Object.keys(MIX) as Class[];

export type { ClassFigures };
/** Where the confirming class posts: our confirmation, or the one-statement baseline. */
export type ConfirmVia = "ours" | "one statement";

export type OpeningDayReport = {
  confirmVia: ConfirmVia;
  instances: number;
  seconds: number;
  runs: number;
  rush: Record<Class, ClassFigures>;
  alone: Record<Class, ClassFigures>;
  /** Each run's phases, in the order measured; `alone` is absent with rushOnly. */
  perRun: { rush: Record<Class, ClassFigures>; alone?: Record<Class, ClassFigures> }[];
  /** The readers' p99 during the rush against alone; null with rushOnly. */
  readersTail: TailRatio | null;
  peakRssMb: number[];
};
export type OpeningDayChecks = {
  capacity: number;
  seatsHeld: number;
  confirmations: number;
  confirmationEmails: number;
  /** Confirmation emails the SMTP sink received, and how many the outbox marks sent. */
  delivered: number;
  sent: number;
};

export type MailSink = {
  url: string;
  /** Messages received per recipient address. */
  received: Map<string, number>;
  /** Waits until no message has arrived for `quietMs`, or `limitMs` has passed. */
  settle: (quietMs: number, limitMs: number) => Promise<void>;
  close: () => Promise<void>;
};

/** A local SMTP server (loopback only) that accepts every message and counts them per recipient. */
export async function startMailSink(): Promise<MailSink> {
  const received = new Map<string, number>();
  let lastArrival = Date.now();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        for (const { address } of session.envelope.rcptTo)
          received.set(address.toLowerCase(), (received.get(address.toLowerCase()) ?? 0) + 1);
        lastArrival = Date.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    settle: async (quietMs, limitMs) => {
      const started = Date.now();
      while (Date.now() - lastArrival < quietMs && Date.now() - started < limitMs)
        await new Promise((resolve) => setTimeout(resolve, 250));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A published edition of the benchmark's own with registration open and nobody registered yet,
 * and `pending` registrations whose confirmation links the confirming class presses.
 */
export async function seedOpeningDay(sql: Sql, pending: number): Promise<string[]> {
  await insertOpenEdition(sql, "opening", "Django on the Med: Opening day", CAPACITY);
  const tokens = Array.from({ length: pending }, () => randomBytes(32).toString("base64url"));
  await sql.query(
    `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "pendingExpiresAt")
     SELECT 'opening-p' || i, 'opening', 'pending', 'Early ' || i, 'early' || i || '@example.org', 'Bench Bay', 'Benchland', 'few', ARRAY['orm'], ARRAY['2031-05-01'], now(), now(), now(), '2031-06-01'
     FROM generate_series(1, $1::int) AS i`,
    [pending],
  );
  await sql.query(
    `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
     SELECT 'opening-t' || n, 'opening-p' || n, 'confirm', h, '2031-06-01', now() FROM unnest($1::text[]) WITH ORDINALITY AS t(h, n)`,
    [tokens.map((token) => createHash("sha256").update(token).digest("hex"))],
  );
  await sql.query(`ANALYZE`);
  return tokens;
}

export type Plan = {
  url: string;
  body?: (index: number) => { body: string; headers: Record<string, string>; path?: string };
  expect?: (body: string) => boolean;
};

// Shared by both instances' loads and by every run of this process: every link is pressed once.
const pressed = { confirming: 0 };

export function plans(tokens: string[], confirmVia: ConfirmVia): Record<Class, Plan> {
  const ids = {
    register: actionId("app/(site)/(personal)/editions/[slug]/register/actions.ts", "registerAction"),
    confirm: actionId("app/(site)/(personal)/registrations/confirm/[token]/actions.ts", "confirmAction"),
    oneStatement: actionId("app/bench/register/actions.ts", "benchConfirmOneStatement"),
    subscribe: actionId("app/(site)/newsletter/actions.ts", "subscribeAction"),
  };
  // Shared by both instances' loads: every address is used once.
  const next = { registering: 0, subscribing: 0 };
  const nextToken = () => {
    const token = tokens[pressed.confirming++];
    if (!token) throw new Error("the opening-day run used up its confirmation links: seed more");
    return token;
  };
  const tag = randomBytes(4).toString("hex");
  return {
    readers: { url: `/editions/${OPENING_SLUG}` },
    registering: {
      url: `/editions/${OPENING_SLUG}/register`,
      body: () =>
        actionRequest(
          ids.register,
          [OPENING_SLUG, { status: "idle" }],
          registrationForm("Opening Person", `new-${tag}-${next.registering++}@example.org`),
        ),
      expect: (text) => text.includes("Check your email"),
    },
    confirming:
      confirmVia === "ours"
        ? {
            url: "/registrations/confirm/x",
            body: () => {
              const token = nextToken();
              return {
                ...actionRequest(ids.confirm, [token, { status: "idle" }]),
                path: `/registrations/confirm/${token}`,
              };
            },
            expect: (text) => /"result":\{"status":"(confirmed|waitlisted)"/.test(text),
          }
        : {
            url: "/bench/register",
            body: () => actionRequest(ids.oneStatement, [nextToken()]),
            expect: (text) => /"status":"(confirmed|waitlisted)"/.test(text),
          },
    subscribing: {
      // The footer's form, sent from the edition's page.
      url: `/editions/${OPENING_SLUG}`,
      body: () =>
        actionRequest(ids.subscribe, [{ status: "idle" }], {
          email: `footer-${tag}-${next.subscribing++}@example.org`,
          name: "",
          source: "footer",
        }),
      expect: (text) => text.includes("Check your inbox"),
    },
  };
}

/**
 * Each phase opens its sixty connections at the same moment, and Node accepts one connection per
 * turn of its event loop: on a server that is busy, the last connection's first request waits
 * for every turn before it (docs/performance.md, "Connections opened at once"). The figures count
 * the requests sent after this first second, when every connection is open, as on a site whose
 * visitors (or whose proxy) hold their connections. Every phase, before and after, ours and the
 * baseline's, is measured the same way.
 */
export const RAMP_SECONDS = 1;

/**
 * The mix, unmeasured, before the first run. After a warm-up of 2 s, the first of three runs
 * served the readers 251–368 requests a second and the two after it 386–593, in each of the six
 * invocations of the tenth round's pairs (docs/performance.md): servers just started are slower
 * for their first seconds under load (likely V8 still compiling the hot code, on the same two
 * cores). A site's servers have been up for days when the announcement goes out.
 */
const WARM_UP_SECONDS = 10;

/** One class's load, its connections split over the instances; figures merged (p50 and p99 over all their requests). */
async function runClass(servers: BenchServer[], plan: Plan, connections: number, seconds: number) {
  const results = await Promise.all(
    servers.map((server) =>
      load({
        url: `${server.base}${plan.url}`,
        connections: connections / servers.length,
        duration: seconds,
        rampSeconds: RAMP_SECONDS,
        body: plan.body,
        expect: plan.expect,
      }),
    ),
  );
  return merge(results, seconds);
}

/**
 * Rate, p50 and p99 from the requests sent after the ramp, the instances' requests pooled;
 * problems (non-2xx answers, connection errors and time-outs, wrong answers) from the whole
 * phase. autocannon's `errors` already counts its time-outs.
 */
function merge(results: LoadResult[], seconds: number): ClassFigures {
  return phaseFigures(
    results.map((r) => ({
      latencies: r.latencies,
      p99: r.window.p99,
      problems: r.non2xx + r.errors + r.unexpected,
    })),
    seconds,
  );
}

async function runMix(servers: BenchServer[], all: Record<Class, Plan>, seconds: number) {
  const figures = await Promise.all(CLASSES.map((name) => runClass(servers, all[name], MIX[name], seconds)));
  return Object.fromEntries(CLASSES.map((name, i) => [name, figures[i]!])) as Record<Class, ClassFigures>;
}

export async function measureOpeningDay(
  servers: BenchServer[],
  tokens: string[],
  options: {
    runs: number;
    seconds: number;
    confirmVia: ConfirmVia;
    rushOnly?: boolean;
    /** Waits for the mail queued so far to be delivered: each phase then sends its own mail, not the last one's. */
    settle?: () => Promise<void>;
  },
): Promise<OpeningDayReport> {
  const all = plans(tokens, options.confirmVia);
  await runMix(servers, all, WARM_UP_SECONDS);
  const perRun: OpeningDayReport["perRun"] = [];
  const peaks = servers.map(() => 0);
  for (let run = 0; run < options.runs; run += 1) {
    await options.settle?.();
    const sampler = sampleRss(servers.map((server) => server.pid));
    let rush: Record<Class, ClassFigures>;
    try {
      rush = await runMix(servers, all, options.seconds);
    } finally {
      (await sampler.stop()).forEach((mb, i) => (peaks[i] = Math.max(peaks[i]!, mb)));
    }
    if (options.rushOnly) {
      perRun.push({ rush });
      continue;
    }
    const alone = {} as Record<Class, ClassFigures>;
    for (const name of CLASSES) {
      await options.settle?.();
      alone[name] = await runClass(servers, all[name], MIX[name], options.seconds);
    }
    perRun.push({ rush, alone });
  }
  const medians = (phase: "rush" | "alone") =>
    Object.fromEntries(
      CLASSES.map((name) => [name, medianFigures(perRun.flatMap((run) => (run[phase] ? [run[phase][name]] : [])))]),
    ) as Record<Class, ClassFigures>;
  const rush = medians("rush");
  const readersRunByRun = perRun.flatMap((run) =>
    run.alone ? [{ rush: run.rush.readers, alone: run.alone.readers }] : [],
  );
  return {
    confirmVia: options.confirmVia,
    instances: servers.length,
    seconds: options.seconds,
    runs: options.runs,
    rush,
    // With rushOnly (for a profile of the rush) there is nothing alone: its columns repeat the rush.
    alone: options.rushOnly ? rush : medians("alone"),
    perRun,
    readersTail: readersRunByRun.length > 0 ? tailRatio(readersRunByRun) : null,
    peakRssMb: peaks,
  };
}

/** What must hold however the load went: no seat oversold, one email per confirmation. Throws if not. */
export async function checkOpeningDay(sql: Sql, sink: MailSink): Promise<OpeningDayChecks> {
  const [row] = (
    await sql.query(`SELECT
      (SELECT capacity FROM "Edition" WHERE id = 'opening') AS capacity,
      (SELECT count(*)::int FROM "Registration" WHERE "editionId" = 'opening' AND status IN ('confirmed', 'offered')) AS "seatsHeld",
      (SELECT count(*)::int FROM "Registration" WHERE "editionId" = 'opening' AND id LIKE 'opening-p%' AND status <> 'pending') AS confirmations,
      (SELECT count(*)::int FROM "OutboxMessage" o WHERE o.template IN ('registration-confirmed', 'registration-waitlisted')
         AND o."toAddress" IN (SELECT email FROM "Registration" WHERE "editionId" = 'opening' AND id LIKE 'opening-p%')) AS "confirmationEmails",
      (SELECT count(*)::int FROM (SELECT o."toAddress" FROM "OutboxMessage" o WHERE o.template IN ('registration-confirmed', 'registration-waitlisted')
         GROUP BY o."toAddress" HAVING count(*) > 1) AS twice) AS doubled`)
  ).rows as {
    capacity: number;
    seatsHeld: number;
    confirmations: number;
    confirmationEmails: number;
    doubled: number;
  }[];
  const { doubled, ...counts } = row!;
  const early = (
    await sql.query(`SELECT r.email, count(o.id) FILTER (WHERE o.status = 'sent')::int AS sent
      FROM "Registration" r LEFT JOIN "OutboxMessage" o ON o."toAddress" = r.email AND o.template IN ('registration-confirmed', 'registration-waitlisted')
      WHERE r."editionId" = 'opening' AND r.id LIKE 'opening-p%' AND r.status <> 'pending' GROUP BY r.email`)
  ).rows as { email: string; sent: number }[];
  const sent = early.reduce((sum, person) => sum + person.sent, 0);
  const delivered = early.reduce((sum, person) => sum + (sink.received.get(person.email) ?? 0), 0);
  const deliveredTwice = early.filter((person) => (sink.received.get(person.email) ?? 0) > 1).length;
  const checks = { ...counts, delivered, sent };
  const problems = [
    checks.seatsHeld > checks.capacity && `${checks.seatsHeld} seats held for a capacity of ${checks.capacity}`,
    checks.confirmationEmails !== checks.confirmations &&
      `${checks.confirmationEmails} confirmation emails for ${checks.confirmations} confirmations`,
    doubled > 0 && `${doubled} addresses got their confirmation email twice`,
    delivered !== sent && `the SMTP sink received ${delivered} confirmation emails, the outbox marks ${sent} sent`,
    deliveredTwice > 0 && `${deliveredTwice} addresses received their confirmation email twice`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`opening day broke a guarantee: ${problems.join("; ")}`);
  return checks;
}

export function openingDayMarkdown(report: OpeningDayReport, checks: OpeningDayChecks, database: string): string[] {
  const cell = (f: ClassFigures) => `${f.rps} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}`;
  const lines = [
    `**Opening day${report.confirmVia === "ours" ? "" : ", confirming through the one-statement baseline"}, ${database}, ${report.instances === 1 ? "one instance (PGlite serves one process)" : `${report.instances} instances on one database`}**: each figure the median of its own ${report.runs} runs of ${report.seconds} s (non-2xx: all runs' together), each counted after a ${RAMP_SECONDS} s ramp in which its connections open.`,
    "",
    "| class | connections | during the rush | alone | rush / alone |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const name of CLASSES) {
    const ratio = Math.round((report.rush[name].rps / Math.max(report.alone[name].rps, 1)) * 100);
    lines.push(`| ${name} | ${MIX[name]} | ${cell(report.rush[name])} | ${cell(report.alone[name])} | ${ratio} % |`);
  }
  const { capacity, seatsHeld, confirmations, confirmationEmails, delivered } = checks;
  lines.push("", ...perRunLines(report), "", readersTailLine(report.readersTail));
  lines.push(
    `Seats held after the run: ${seatsHeld} of ${capacity}. Confirmations: ${confirmations}, their emails in the outbox: ${confirmationEmails}, delivered to the SMTP sink: ${delivered}. ` +
      `Peak RSS per instance: ${report.peakRssMb.join(" and ")} MB.`,
    "",
  );
  return lines;
}

/** Each run's figures, so that the spread behind every median can be read. */
function perRunLines(report: OpeningDayReport): string[] {
  const short = (f: ClassFigures) => `${f.rps}/s p99 ${f.p99}`;
  return [
    "| run | readers: rush; alone | confirming | registering | subscribing |",
    "| --- | --- | --- | --- | --- |",
    ...report.perRun.map(
      ({ rush, alone }, i) =>
        `| ${i + 1} | ${short(rush.readers)} (worse instance ${rush.readers.p99WorstInstance}); ${alone ? `${short(alone.readers)} (worse instance ${alone.readers.p99WorstInstance})` : "not measured"} | ${short(rush.confirming)} | ${short(rush.registering)} | ${short(rush.subscribing)} |`,
    ),
  ];
}

const times = (value: number) => `${value.toFixed(2)} ×`;

function readersTailLine(tail: TailRatio | null): string {
  if (!tail) return "Readers' p99 during the rush against alone: not measured (the rush only).";
  return (
    `Readers' p99 during the rush: ${times(tail.paired)} alone, the median of each run's rush against its own alone phase ` +
    `(${tail.perRun.map(times).join(", ")}); median against median ${times(tail.ofMedians)}; ` +
    `as read before the tenth round (the worse instance, the run of median rate) ${times(tail.earlierReading)}.`
  );
}
