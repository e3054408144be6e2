// A rush on two app instances against one PostgreSQL, each running the mail worker: 300 people
// confirm at once for the last 3 seats while 5 confirmed people cancel, with the SMTP relay down
// for the whole rush. Then: rate limits shared by the instances, and a lock held from outside.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { messageIdFor } from "../../lib/platform/mail/message-id";
import { newToken } from "../../lib/platform/security/tokens";
import { startInstance, type AppInstance } from "../fixtures/app-instance";
import { createThrowawayDatabase, dropDatabase } from "../fixtures/local-database";
import { allMailBudgets } from "../fixtures/mail-budgets";
import { closedPort } from "../fixtures/ports";
import { actionId, actionRequest } from "../fixtures/server-actions";
import { startSmtpPeer, type SmtpPeer } from "../fixtures/smtp-peer";

const DIST = process.env.NEXT_DIST_DIR || ".next-test";
const CAPACITY = 8;
const CANCELLING = 5; // CAPACITY - CANCELLING = 3 seats left when the rush starts
const RUSH = 300;
const CLOCK_START = "2031-01-15T09:00:00Z";

// Only in runs on PostgreSQL (playwright.config.ts leaves this file out otherwise): PGlite
// serves one process, so two instances cannot share it.
test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

let databaseUrl: string;
// A pool, not one client: it reconnects after the restart test (and ignores the dropped connections).
let client: pg.Pool;
let instances: AppInstance[] = [];
let smtp: SmtpPeer | undefined;
let smtpPort: number;
const confirmTokens: string[] = [];
const cancelTokens: string[] = [];
let lockedOutToken: string;

async function insertEdition(id: string, capacity: number) {
  await client.query(
    `INSERT INTO "Edition" (id, slug, name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt", capacity, published, "updatedAt")
     VALUES ($1, $1, 'Django on the Med: Rush', 'Pescara', 'Italy', 'Venue', 'Pescara', 'Europe/Rome', '2031-05-01', '2031-05-03', '2031-01-01', '2031-04-24', $2, true, now())`,
    [id, capacity],
  );
}

async function insertRegistration(
  status: "pending" | "confirmed",
  index: number,
  purpose: "confirm" | "manage",
  editionId = "rush",
) {
  const { token, hash } = newToken();
  const id = `r${randomBytes(10).toString("hex")}`;
  const at = new Date(CLOCK_START);
  await client.query(
    `INSERT INTO "Registration" (id, "editionId", status, name, email, city, country, experience, interests, days, "codeOfConductAt", "createdAt", "updatedAt", "pendingExpiresAt", "confirmedAt")
     VALUES ($1, $8, $2, $3, $4, 'Pescara', 'Italy', 'few', '{}', '{2031-05-01}', $5, $5, $5, $6, $7)`,
    [
      id,
      status,
      `Person ${status} ${index}`,
      `${editionId === "rush" ? "" : `${editionId}-`}${status}${index}@example.org`,
      at,
      status === "pending" ? new Date("2031-01-20T00:00:00Z") : null,
      status === "confirmed" ? at : null,
      editionId,
    ],
  );
  await client.query(
    `INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, $3, $4, '2031-06-01', $5)`,
    [`t${id}`, id, purpose, hash, at],
  );
  return token;
}

test.beforeAll(async () => {
  databaseUrl = await createThrowawayDatabase(process.env.DATABASE_URL!, "dotm_rush");
  const prepared = spawnSync("node_modules/.bin/tsx", ["scripts/prepare-database.ts", "--no-seed"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (prepared.status !== 0) throw new Error(`preparing the database failed: ${prepared.stderr}`);
  client = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  client.on("error", () => {});
  await insertEdition("rush", CAPACITY);
  for (let i = 0; i < CANCELLING; i += 1) cancelTokens.push(await insertRegistration("confirmed", i, "manage"));
  for (let i = 0; i < RUSH; i += 1) confirmTokens.push(await insertRegistration("pending", i, "confirm"));
  lockedOutToken = await insertRegistration("pending", RUSH, "confirm");

  smtpPort = await closedPort(); // nothing listens: the relay is down until the rush is over
  const ports = [await closedPort(), await closedPort()];
  const env = {
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CLOCK_START,
    NEXTAUTH_SECRET: "a-shared-secret-for-both-instances-of-this-test",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    TRUSTED_PROXY_HEADER: "x-real-ip",
    MAIL_WORKER: "in-app",
    ...allMailBudgets(10_000), // the rush and the rate-limit test stay clear of every form's budget
    MAIL_RELAY_MAX_PAUSE_SECONDS: "5", // the relay's return is found within seconds, not the default 15 minutes
  };
  instances = await Promise.all(ports.map((port) => startInstance({ port, distDir: DIST, env })));
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await smtp?.close();
  await client?.end();
  if (databaseUrl) await dropDatabase(databaseUrl).catch(() => {});
});

type Answer = { status: number; text: string };

async function call(
  base: string,
  path: string,
  request: { body: string; headers: Record<string, string> },
  clientAddress = "203.0.113.7",
): Promise<Answer> {
  // No answer within a minute counts as a hang, reported as such rather than waited out.
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    body: request.body,
    headers: { ...request.headers, "x-real-ip": clientAddress },
    signal: AbortSignal.timeout(60_000),
  }).catch((error: Error) => ({ status: 0, text: async () => `no answer: ${error.name} ${error.message}` }));
  return { status: response.status, text: await response.text() };
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

const TRY_AGAIN = "Many people are registering right now";

test("300 confirmations and 5 cancellations on two instances: no oversell, the waiting list in order, every promotion and every email exactly once", async () => {
  const confirm = actionId(DIST, "app/(site)/(personal)/registrations/confirm/[token]/actions.ts", "confirmAction");
  const cancel = actionId(DIST, "app/(site)/(personal)/registrations/manage/[token]/actions.ts", "cancelAction");
  type Job = { kind: "confirm" | "cancel"; token: string };
  const jobs: Job[] = confirmTokens.map((token) => ({ kind: "confirm", token }));
  // The cancellations land in the middle of the rush.
  cancelTokens.forEach((token, i) => jobs.splice(40 + i * 50, 0, { kind: "cancel", token }));

  const answers = await pool(jobs, 40, async (job, index) => {
    const base = instances[index % 2]!.base;
    // A person told "please try again" presses the button again.
    for (let attempt = 0; ; attempt += 1) {
      const answer =
        job.kind === "confirm"
          ? await call(
              base,
              "/registrations/confirm/x",
              actionRequest(confirm, [job.token, {}]),
              `198.51.100.${index % 250}`,
            )
          : await call(
              base,
              "/registrations/manage/x",
              actionRequest(cancel, [job.token, {}], { sure: "on" }),
              `198.51.100.${index % 250}`,
            );
      if (!answer.text.includes(TRY_AGAIN) || attempt > 20) return answer;
    }
  });
  expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
  expect(answers.filter((answer) => answer.text.includes(TRY_AGAIN))).toEqual([]);

  const counts = Object.fromEntries(
    (
      await client.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM "Registration" WHERE "editionId" = 'rush' GROUP BY status`,
      )
    ).rows.map((row) => [row.status, row.n]),
  );
  expect(counts.cancelled).toBe(CANCELLING);
  expect((counts.confirmed ?? 0) + (counts.offered ?? 0)).toBe(CAPACITY);
  expect((counts.confirmed ?? 0) + (counts.offered ?? 0) + (counts.waitlisted ?? 0)).toBe(RUSH);
  expect(counts.pending).toBe(1); // the one kept for the lock test

  // The waiting list: places 1, 2, 3… given under the edition lock, none twice, none skipped,
  // whichever instance took the request.
  const queue = (
    await client.query<{ waitlistNumber: number }>(
      `SELECT "waitlistNumber" FROM "Registration" WHERE "editionId" = 'rush' AND "waitlistNumber" IS NOT NULL ORDER BY "waitlistNumber"`,
    )
  ).rows;
  expect(queue.length).toBeGreaterThanOrEqual(RUSH - CAPACITY);
  expect(queue.map((row) => row.waitlistNumber)).toEqual(queue.map((_, index) => index + 1));
  // Offers went to the head of the queue: nobody still waiting is ahead of someone offered.
  const offeredMax = (
    await client.query<{ n: number | null }>(
      `SELECT max("waitlistNumber") AS n FROM "Registration" WHERE "editionId" = 'rush' AND status = 'offered'`,
    )
  ).rows[0]!.n;
  const waitingMin = (
    await client.query<{ n: number | null }>(
      `SELECT min("waitlistNumber") AS n FROM "Registration" WHERE "editionId" = 'rush' AND status = 'waitlisted'`,
    )
  ).rows[0]!.n;
  if (offeredMax !== null && waitingMin !== null) expect(offeredMax).toBeLessThan(waitingMin);

  // Every promotion exactly once: one offer email per offered person.
  const offers = (
    await client.query<{ toAddress: string; n: number }>(
      `SELECT "toAddress", count(*)::int AS n FROM "OutboxMessage" WHERE template = 'registration-offer' GROUP BY "toAddress"`,
    )
  ).rows;
  expect(offers.length).toBe(counts.offered ?? 0);
  expect(offers.every((row) => row.n === 1)).toBe(true);
});

test("with the relay back, every queued email is delivered exactly once (same Message-ID as queued)", async () => {
  const queued = (await client.query<{ id: string; toAddress: string }>(`SELECT id, "toAddress" FROM "OutboxMessage"`))
    .rows;
  expect(queued.length).toBeGreaterThanOrEqual(RUSH + CANCELLING);
  // The workers did try while the relay was down: the shared relay state holds the fault (a try
  // may still be in flight when the rush ends, so its message is not yet back in the queue), and
  // no message was failed for it.
  const fault = async () =>
    (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "MailRelayState" WHERE "faultSince" IS NOT NULL`,
      )
    ).rows[0]!.n;
  await expect.poll(fault, { timeout: 60_000 }).toBe(1);
  expect(
    (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status = 'failed'`))
      .rows[0]!.n,
  ).toBe(0);

  smtp = await startSmtpPeer({ port: smtpPort });
  await expect(async () => {
    const left = (
      await client.query(
        `SELECT status, attempts, "lastError", "nextAttemptAt", "claimedAt" FROM "OutboxMessage" WHERE status <> 'sent' ORDER BY "nextAttemptAt" LIMIT 3`,
      )
    ).rows;
    expect(
      left,
      `still not sent (SMTP peer saw ${smtp!.attempts()} messages); now ${new Date().toISOString()}`,
    ).toEqual([]);
  }).toPass({ timeout: 200_000, intervals: [2_000] });

  // Besides the queued mail, the organizers got one notice that mail goes out again.
  const received = smtp.received
    .filter((message) => message.mail.subject !== "Mail is going out again")
    .map((message) => message.mail.messageId);
  expect(received.length).toBe(queued.length);
  expect(new Set(received).size).toBe(received.length);
  const domain = new URL(instances[0]!.base).hostname;
  expect(new Set(received)).toEqual(new Set(queued.map((row) => messageIdFor(row.id, domain))));
});

test("rate limits are shared: the eleventh subscription for one address is refused whichever instance gets it", async () => {
  const subscribe = actionId(DIST, "app/(site)/newsletter/actions.ts", "subscribeAction");
  const answers: Answer[] = [];
  for (let i = 0; i < 11; i += 1) {
    answers.push(
      await call(
        instances[i % 2]!.base,
        "/newsletter",
        actionRequest(subscribe, [{ status: "idle" }], {
          email: "limited@example.org",
          name: "",
          source: "newsletter-page",
        }),
        `192.0.2.${i}`,
      ),
    );
  }
  expect(answers.slice(0, 10).every((answer) => answer.text.includes("Check your inbox at limited@example.org"))).toBe(
    true,
  );
  expect(answers[10]!.text).toContain("Too many attempts from here");
});

test("a lock held on the edition from outside: a confirmation answers 'please try again' while it is held, never hangs", async () => {
  const confirm = actionId(DIST, "app/(site)/(personal)/registrations/confirm/[token]/actions.ts", "confirmAction");
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(`SELECT pg_advisory_xact_lock(hashtext('edition:rush'))`);
  let released = false;
  const release = setTimeout(() => {
    released = true;
    void holder.query("COMMIT");
  }, 10_000);
  try {
    const answer = await call(
      instances[0]!.base,
      "/registrations/confirm/x",
      actionRequest(confirm, [lockedOutToken, {}]),
    );
    expect(released).toBe(false); // answered while the lock was still held
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(TRY_AGAIN);
  } finally {
    clearTimeout(release);
    if (!released) await holder.query("COMMIT");
    await holder.end();
  }
  // Nothing half-done: still pending, and it confirms once the lock is gone.
  const again = await call(
    instances[1]!.base,
    "/registrations/confirm/x",
    actionRequest(confirm, [lockedOutToken, {}]),
  );
  expect(again.text).not.toContain(TRY_AGAIN);
  const status = (
    await client.query<{ status: string }>(
      `SELECT status FROM "Registration" WHERE email = 'pending${RUSH}@example.org'`,
    )
  ).rows[0]!.status;
  expect(status).toBe("waitlisted");
});

test("confirming accepted places under the two-instance rush: no place oversold, one email each", async () => {
  // An edition by application past its deadline, 3 places: 3 accepted people holding one, one whose
  // acceptance has lapsed, and one waiting. Each of the four presses "Take my place" on both
  // instances at once.
  await client.query(`INSERT INTO "Edition" (id, slug, name, city, country, "venueName", "venueAddress", "timeZone", "startsOn", "endsOn", capacity, published, "updatedAt", selection, "applicationDeadline", "acceptDays")
     VALUES ('chosen', 'chosen', 'Django on the Med: Chosen', 'Bari', 'Italy', 'Venue', 'Bari', 'Europe/Rome', '2031-05-01', '2031-05-03', 3, true, now(), 'by_application', '2031-01-10', 7)`);
  const tokens: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const token = await insertRegistration("confirmed", i, "manage", "chosen");
    tokens.push(token);
    const lapsed = i === 3;
    await client.query(
      i === 4
        ? `UPDATE "Registration" SET status = 'waitlisted', "waitlistNumber" = 1, "confirmedAt" = NULL WHERE email = $1`
        : `UPDATE "Registration" SET status = 'offered', "confirmedAt" = NULL, "acceptedAt" = '2031-01-12', "offeredAt" = '2031-01-12', "offerExpiresAt" = ${lapsed ? "'2031-01-13'" : "NULL"} WHERE email = $1`,
      [`chosen-confirmed${i}@example.org`],
    );
  }
  const accept = actionId(DIST, "app/(site)/(personal)/registrations/manage/[token]/actions.ts", "acceptOfferAction");
  const presses = tokens
    .slice(0, 4)
    .flatMap((token, i) =>
      instances.map((instance, n) =>
        call(
          instance.base,
          "/registrations/manage/x",
          actionRequest(accept, [token, {}]),
          `192.0.2.${100 + i * 2 + n}`,
        ),
      ),
    );
  const answers = await Promise.all(presses);
  expect(answers.filter((answer) => answer.status === 0 || answer.status >= 500)).toEqual([]);

  const statuses = (
    await client.query<{ email: string; status: string }>(
      `SELECT email, status FROM "Registration" WHERE "editionId" = 'chosen' ORDER BY email`,
    )
  ).rows.map((row) => row.status);
  expect(statuses).toEqual(["confirmed", "confirmed", "confirmed", "expired", "waitlisted"]);
  const emails = (
    await client.query<{ toAddress: string; n: number }>(
      `SELECT "toAddress", count(*)::int AS n FROM "OutboxMessage" WHERE "toAddress" LIKE 'chosen-%' AND template IN ('registration-confirmed', 'registration-offer') GROUP BY "toAddress" ORDER BY 1`,
    )
  ).rows;
  expect(emails).toEqual([0, 1, 2].map((i) => ({ toAddress: `chosen-confirmed${i}@example.org`, n: 1 })));
});

/**
 * Every connection to the database dies: the server restarted by PG_RESTART_COMMAND (CI sets it;
 * new connections are refused meanwhile), or else every backend terminated for two seconds.
 */
async function dropEveryConnection(): Promise<void> {
  if (process.env.PG_RESTART_COMMAND) {
    const [command, ...args] = process.env.PG_RESTART_COMMAND.split(" ");
    const code = await new Promise<number>((resolve) =>
      spawn(command!, args, { stdio: "ignore" }).once("exit", (exit) => resolve(exit ?? 1)),
    );
    expect(code).toBe(0);
    return;
  }
  const killer = new pg.Client({ connectionString: databaseUrl });
  await killer.connect();
  try {
    for (
      const until = Date.now() + 2_000;
      Date.now() < until;
      await new Promise((resolve) => setTimeout(resolve, 100))
    ) {
      await killer.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
    }
  } finally {
    await killer.end();
  }
}

test("PostgreSQL restarted in the middle of a rush: every answer is a success or 'try again', nothing is half-done, and the site recovers by itself", async () => {
  const seats = 40;
  await insertEdition("restart", seats);
  const tokens: string[] = [];
  for (let i = 0; i < 2 * seats; i += 1) tokens.push(await insertRegistration("pending", i, "confirm", "restart"));
  const confirm = actionId(DIST, "app/(site)/(personal)/registrations/confirm/[token]/actions.ts", "confirmAction");
  const confirmOn = (index: number, token: string) =>
    call(
      instances[index % 2]!.base,
      "/registrations/confirm/x",
      actionRequest(confirm, [token, {}]),
      `198.51.100.${index % 250}`,
    );

  let dropped: Promise<void> | undefined;
  const answers = await pool(tokens, 16, async (token, index) => {
    if (index === 20) dropped = dropEveryConnection();
    return confirmOn(index, token);
  });
  await dropped;
  const tryAgain = answers.filter((answer) => answer.text.includes("Please try again"));
  expect(answers.filter((answer) => answer.status !== 200 && !tryAgain.includes(answer))).toEqual([]);

  // The site recovers by itself: asking again (as people do) works once the server is back.
  await expect(async () => {
    const stillPending = (
      await client.query<{ id: string }>(
        `SELECT id FROM "Registration" WHERE "editionId" = 'restart' AND status = 'pending'`,
      )
    ).rows.length;
    if (stillPending > 0) await Promise.all(tokens.map((token, index) => confirmOn(index, token)));
    expect(stillPending).toBe(0);
  }).toPass({ timeout: 60_000, intervals: [1_000] });

  const counts = Object.fromEntries(
    (
      await client.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM "Registration" WHERE "editionId" = 'restart' GROUP BY status`,
      )
    ).rows.map((row) => [row.status, row.n]),
  );
  expect(counts).toEqual({ confirmed: seats, waitlisted: seats });
  // Nothing half-done: each person's row, link and email agree.
  const halfDone = await client.query(`
    SELECT r.email, r.status, t."usedAt" IS NULL AS unused, r."confirmedAt" IS NULL AS "noConfirmedAt", r."waitlistNumber",
      (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."toAddress" = r.email AND o.template IN ('registration-confirmed', 'registration-waitlisted')) AS mails
    FROM "Registration" r JOIN "RegistrationToken" t ON t."registrationId" = r.id AND t.purpose = 'confirm'
    WHERE r."editionId" = 'restart' AND (
      t."usedAt" IS NULL
      OR (r.status = 'confirmed' AND r."confirmedAt" IS NULL)
      OR (r.status = 'waitlisted' AND r."waitlistNumber" IS NULL)
      OR (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."toAddress" = r.email AND o.template IN ('registration-confirmed', 'registration-waitlisted')) <> 1
    )`);
  expect(halfDone.rows.slice(0, 5)).toEqual([]);
});

test("the mail worker killed mid-send: after a restart the message goes out again, with the same Message-ID", async () => {
  // Only the instance under test runs a worker now.
  await Promise.all(instances.map((instance) => instance.stop()));
  const slow = await startSmtpPeer({ delayMs: 15_000 });
  const env = {
    DATABASE_URL: databaseUrl,
    CLOCK_START,
    NEXTAUTH_SECRET: "a-shared-secret-for-both-instances-of-this-test",
    MAIL_WORKER: "in-app",
    ...allMailBudgets(10_000),
  };
  const doomed = await startInstance({ port: await closedPort(), distDir: DIST, env: { ...env, SMTP_URL: slow.url } });
  instances.push(doomed);
  const subscribe = actionId(DIST, "app/(site)/newsletter/actions.ts", "subscribeAction");
  await call(
    doomed.base,
    "/newsletter",
    actionRequest(subscribe, [{ status: "idle" }], {
      email: "mid-send@example.org",
      name: "",
      source: "newsletter-page",
    }),
  );
  await expect.poll(() => slow.attempts(), { timeout: 20_000 }).toBe(1); // the relay has the message, and holds its reply
  const row = (
    await client.query<{ id: string; status: string }>(
      `SELECT id, status FROM "OutboxMessage" WHERE "toAddress" = 'mid-send@example.org'`,
    )
  ).rows[0]!;
  expect(row.status).toBe("sending");
  process.kill(-doomed.process.pid!, "SIGKILL");
  await new Promise((resolve) => doomed.process.once("exit", resolve));

  // Restarted later (its clock past the 5-minute claim), with a working relay.
  const restarted = await startInstance({
    port: await closedPort(),
    distDir: DIST,
    env: { ...env, SMTP_URL: smtp!.url, CLOCK_START: "2031-01-15T09:30:00Z" },
  });
  instances.push(restarted);
  await expect
    .poll(
      async () =>
        (await client.query<{ status: string }>(`SELECT status FROM "OutboxMessage" WHERE id = $1`, [row.id])).rows[0]!
          .status,
      { timeout: 30_000 },
    )
    .toBe("sent");
  const copies = smtp!.received.filter((message) => message.envelopeTo.includes("mid-send@example.org"));
  expect(copies.map((message) => message.mail.messageId)).toEqual([messageIdFor(row.id, "localhost")]);
  await slow.close();
});
