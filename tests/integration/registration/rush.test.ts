import { afterEach, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/platform/db";
import type { Statements } from "@/lib/platform/database/statements";
import pg from "pg";
import { TryAgainError } from "@/lib/platform/database/errors";
import { passingFailure } from "@/lib/platform/forms/passing-failure";
import { PASSING_PROBLEM_TEXT } from "@/lib/platform/forms/wording";
import { changeSeats, setEditionLockingForTests } from "@/lib/features/registration/seat-statement";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { aForm, anEdition, linksFor, seedRegistrations } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { outboxMail } from "@/tests/fixtures/outbox";

// On PGlite every transaction runs alone on its one connection, so these races cannot happen
// there; they run against PostgreSQL (CI runs the suite on both).
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);

afterEach(() => setEditionLockingForTests(true));

async function rushOfConfirmations() {
  const clock = manualClock("2031-02-01T10:00:00Z");
  const edition = await anEdition({ capacity: 14 });
  await seedRegistrations(edition.id, 13, "confirmed", clock.now(), "early");
  const tokens = await seedRegistrations(edition.id, 200, "pending", clock.now(), "rush");
  const results = await Promise.allSettled(tokens.map((token) => confirmRegistration(token, clock)));
  const counts = await db().registration.groupBy({ by: ["status"], where: { editionId: edition.id }, _count: true });
  return { edition, results, counts: Object.fromEntries(counts.map((c) => [c.status, c._count])) };
}

describe("a rush of confirmations", () => {
  it("fills the last seat exactly once and waitlists everyone else in order", async () => {
    const { edition, results, counts } = await rushOfConfirmations();
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(counts).toEqual({ confirmed: 14, waitlisted: 199 });

    const waiting = await db().registration.findMany({
      where: { editionId: edition.id, status: "waitlisted" },
      orderBy: { waitlistNumber: "asc" },
      select: { email: true },
    });
    const positions = await outboxMail({ where: { template: "registration-waitlisted" } });
    const positionOf = Object.fromEntries(
      positions.map((m) => [m.toAddress, Number(/number (\d+) on the waiting list/.exec(m.text)![1])]),
    );
    expect(waiting.map((w) => positionOf[w.email])).toEqual(Array.from({ length: 199 }, (_, i) => i + 1));
    expect(await db().outboxMessage.count({ where: { template: "registration-confirmed" } })).toBe(1);
  }, 120_000);

  if (onPostgres) {
    it("control: without the edition lock two confirmations at once both take the last seat (so the test above can fail)", async () => {
      // Two transactions that overlap for certain: the first confirms and stays open until the
      // second has confirmed too. (A rush only makes such an overlap likely: the seat statement
      // is now short enough that one can pass without any.)
      setEditionLockingForTests(false);
      const clock = manualClock("2031-02-01T10:00:00Z");
      const edition = await anEdition({ capacity: 14 });
      await seedRegistrations(edition.id, 13, "confirmed", clock.now(), "early");
      await seedRegistrations(edition.id, 2, "pending", clock.now(), "last");
      const idOf = async (email: string) => (await db().registration.findFirstOrThrow({ where: { email } })).id;
      const [first, second] = [await idOf("last0@example.org"), await idOf("last1@example.org")];
      const confirm = (sql: Statements, id: string) =>
        changeSeats(sql, "confirm", edition, id, clock, { allowedFrom: ["pending"] });

      let secondDone!: () => void;
      const secondConfirmed = new Promise<void>((resolve) => (secondDone = resolve));
      let firstDone!: () => void;
      const firstConfirmed = new Promise<void>((resolve) => (firstDone = resolve));
      const results = await Promise.all([
        transaction(async (sql) => {
          const result = await confirm(sql, first);
          firstDone();
          await secondConfirmed;
          return result.result;
        }),
        firstConfirmed.then(() =>
          transaction(async (sql) => {
            const result = await confirm(sql, second);
            secondDone();
            return result.result;
          }),
        ),
      ]);
      expect(results).toEqual(["confirmed", "confirmed"]);
      expect(await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } })).toBe(15);
    }, 120_000);
  }

  if (onPostgres) {
    it("answers 'please try again' within seconds while someone holds the edition's lock", async () => {
      const clock = manualClock("2031-02-01T10:00:00Z");
      const edition = await anEdition();
      const [token] = await seedRegistrations(edition.id, 1, "pending", clock.now());
      const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await holder.connect();
      try {
        await holder.query("BEGIN");
        await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`edition:${edition.id}`]);
        const started = Date.now();
        await expect(confirmRegistration(token!, clock)).rejects.toBeInstanceOf(TryAgainError);
        expect(Date.now() - started).toBeLessThan(10_000); // the 3 s lock timeout, not a hang
      } finally {
        await holder.query("ROLLBACK");
        await holder.end();
      }
      // Nothing was half-applied: the token still works once the lock is free.
      expect(await confirmRegistration(token!, clock)).toMatchObject({ ok: true, status: "confirmed" });
    }, 30_000);
  }

  if (onPostgres) {
    it("names a deadlock between two changes a conflict, with the words that ask to try again", async () => {
      const [north, south] = [await anEdition({ slug: "north" }), await anEdition({ slug: "south" })];
      let bothHoldOne = () => {};
      const holding = new Promise<void>((resolve) => (bothHoldOne = resolve));
      let holders = 0;
      const lockInTurn = (first: string, then: string) =>
        db().$transaction(
          async (tx) => {
            await tx.$queryRaw`SELECT id FROM "Edition" WHERE id = ${first} FOR UPDATE`;
            if (++holders === 2) bothHoldOne();
            await holding;
            await tx.$queryRaw`SELECT id FROM "Edition" WHERE id = ${then} FOR UPDATE`;
          },
          { timeout: 15_000 },
        );
      const settled = await Promise.allSettled([lockInTurn(north.id, south.id), lockInTurn(south.id, north.id)]);
      const failures = settled.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
      expect(failures).toHaveLength(1); // PostgreSQL ends one of the two to break the cycle; the other goes on
      expect(passingFailure(failures[0])).toEqual({ problem: "conflict", message: PASSING_PROBLEM_TEXT.conflict });
    }, 30_000);
  }

  if (onPostgres) {
    it("decides on the capacity as it is under the lock, not as it was when the link was opened", async () => {
      const clock = manualClock("2031-02-01T10:00:00Z");
      const edition = await anEdition({ capacity: 20 });
      await seedRegistrations(edition.id, 5, "confirmed", clock.now(), "early");
      const tokens = await seedRegistrations(edition.id, 8, "pending", clock.now(), "rush"); // fewer than the pool's connections
      const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await holder.connect();
      let confirmations: Promise<PromiseSettledResult<unknown>[]>;
      try {
        await holder.query("BEGIN");
        await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`edition:${edition.id}`]);
        // Every confirmation has read its link and waits for the lock when the capacity drops.
        confirmations = Promise.allSettled(tokens.map((token) => confirmRegistration(token, clock)));
        await expect
          .poll(
            async () =>
              (
                await holder.query(
                  `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
                )
              ).rows[0].n,
            { timeout: 2_000 },
          )
          .toBe(8);
        await db().edition.update({ where: { id: edition.id }, data: { capacity: 6 } });
      } finally {
        await holder.query("COMMIT");
        await holder.end();
      }
      expect((await confirmations).filter((r) => r.status === "rejected")).toEqual([]);
      expect(await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } })).toBe(6);
      expect(await db().registration.count({ where: { editionId: edition.id, status: "waitlisted" } })).toBe(7);
    }, 60_000);
  }

  it("keeps one registration when the same address submits twenty times at once", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => registerForEdition("pescara", aForm(), clock)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db().registration.count()).toBe(1);
    // One email per submission: a submission that lost the race to insert wrote no link and no
    // email with its attempt, and its retry sent a fresh link to the pending registration.
    expect(await db().outboxMessage.count({ where: { template: "registration-confirm" } })).toBe(20);
    expect(await db().registrationToken.count({ where: { purpose: "confirm" } })).toBe(20);
  }, 60_000);

  it("promotes the head of the waiting list exactly once when a cancellation races 50 confirmations", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 2 });
    await registerForEdition("pescara", aForm({ email: "leaving@example.org" }), clock);
    await confirmRegistration((await linksFor("leaving@example.org", "confirm"))[0]!, clock);
    await seedRegistrations(edition.id, 1, "confirmed", clock.now(), "staying");
    clock.advance(1000);
    await registerForEdition("pescara", aForm({ email: "head@example.org" }), clock);
    await confirmRegistration((await linksFor("head@example.org", "confirm"))[0]!, clock);
    clock.advance(1000);
    const tokens = await seedRegistrations(edition.id, 50, "pending", clock.now(), "late");
    clock.advance(1000);

    const manage = (await linksFor("leaving@example.org", "manage"))[0]!;
    const results = await Promise.allSettled([
      cancelRegistration(manage, clock),
      ...tokens.map((t) => confirmRegistration(t, clock)),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    expect(await db().registration.findFirstOrThrow({ where: { email: "head@example.org" } })).toMatchObject({
      status: "offered",
    });
    expect(await db().outboxMessage.count({ where: { template: "registration-offer" } })).toBe(1);
    expect(await db().registration.count({ where: { editionId: edition.id, status: "offered" } })).toBe(1);
    expect(await db().registration.count({ where: { editionId: edition.id, status: "waitlisted" } })).toBe(50);
  }, 60_000);
});

describe("PostgreSQL ending every connection in the middle of transactions", () => {
  it("fails those transactions and leaves the pool able to serve the next request", async () => {
    if (!onPostgres) {
      // PGlite runs in this process: nothing can end its connection.
      expect(process.env.DATABASE_URL).toBeUndefined();
      return;
    }
    // More transactions than the pool holds connections (10), all inside the server when it
    // ends them: each one's ROLLBACK then fails on a dead connection.
    const inFlight = Array.from({ length: 12 }, () =>
      db().$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(2)`, { timeout: 10_000 }),
    );
    const settled = Promise.allSettled(inFlight);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    expect((await settled).filter((result) => result.status === "rejected").length).toBeGreaterThan(0);
    // Without releasing the dead connections this waits out the 5 s connect timeout and fails.
    expect(await db().$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
    expect(await db().edition.count()).toBe(0);
  }, 30_000);
});
