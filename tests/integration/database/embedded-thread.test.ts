import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapterFactory, type AdapterChoice } from "@/lib/platform/database/adapter";
import { startEmbeddedThread, type EmbeddedThread } from "@/lib/platform/database/embedded-thread/thread";
import { applyMigrations, sqlRunner } from "@/lib/platform/database/migrate";
import { db, disconnectDb } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";

// The server's embedded database: PGlite in a thread of its own, behind the `pg` driver.
// Independent of the database the other integration tests run on: each test has its own folder.
const folders: string[] = [];
const freshFolder = () => {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), "dotm-thread-")), "pglite");
  folders.push(path.dirname(folder));
  return folder;
};
const unexpectedExits: Error[] = [];
let open: EmbeddedThread[] = [];
const start = (folder: string) => {
  const thread = startEmbeddedThread(folder, (error) => unexpectedExits.push(error));
  open.push(thread);
  return thread;
};

afterEach(async () => {
  for (const thread of open) await thread.stop();
  open = [];
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("the embedded database in its own thread", () => {
  let folder: string;
  beforeAll(() => {
    folder = freshFolder();
  });

  it("answers statements with PostgreSQL's types, and errors with their SQLSTATE on a connection that stays usable", async () => {
    const { pool } = start(folder);
    const [row] = (
      await pool.query<{ n: number; at: Date; text: string; none: null }>(
        "SELECT $1::int + 1 AS n, '2031-01-15T09:00:00Z'::timestamptz AS at, $2::text AS text, NULL AS none",
        [41, "Pescara"],
      )
    ).rows;
    expect(row).toEqual({ n: 42, at: new Date("2031-01-15T09:00:00Z"), text: "Pescara", none: null });
    await expect(pool.query("SELECT 1 / 0")).rejects.toMatchObject({ code: "22012" });
    expect((await pool.query("SELECT 'still here' AS answer")).rows).toEqual([{ answer: "still here" }]);
  });

  it("commits, rolls back, and never hands a dropped connection's transaction to the next one", async () => {
    const { pool } = start(folder);
    await pool.query("CREATE TABLE seat (n int)");
    const committing = await pool.connect();
    await committing.query("BEGIN");
    await committing.query("INSERT INTO seat VALUES (1)");
    await committing.query("COMMIT");
    committing.release();

    const dropped = await pool.connect();
    await dropped.query("BEGIN");
    await dropped.query("INSERT INTO seat VALUES (2)");
    dropped.release(new Error("the request failed mid-transaction")); // pg closes it, without a ROLLBACK

    const rows = await pool.query<{ n: number }>("SELECT n FROM seat ORDER BY n");
    expect(rows.rows).toEqual([{ n: 1 }]);
    // A COMMIT here would warn "there is no transaction in progress" if the dropped one had been rolled back.
    const status = await pool.query<{ in_transaction: boolean }>(
      "SELECT now() <> statement_timestamp() AS in_transaction",
    );
    expect(status.rows).toEqual([{ in_transaction: false }]);
  });

  it("runs another connection's statement after an open transaction ends, never inside it", async () => {
    const { pool } = start(folder);
    await pool.query("CREATE TABLE ledger (n int)");
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      await a.query("BEGIN");
      await a.query("INSERT INTO ledger VALUES (1)");
      const fromB = b.query("INSERT INTO ledger VALUES (2)");
      await a.query("INSERT INTO ledger VALUES (3)");
      await a.query("ROLLBACK");
      await fromB;
      expect((await pool.query("SELECT n FROM ledger")).rows).toEqual([{ n: 2 }]);
    } finally {
      a.release();
      b.release();
    }
  });

  it("lets no other connection cut into a query that reads its rows in several batches", async () => {
    const { pool } = start(folder);
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      // A row at a time: Execute and Flush, then more of the same, and Sync only at the end.
      const paged = a.query({ text: "SELECT generate_series(1, 5) AS n", rows: 1 } as pg.QueryConfig);
      const others = Promise.all([1, 2, 3].map((i) => b.query<{ other: number }>("SELECT $1::int AS other", [i])));
      expect((await paged).rows).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
      expect((await others).map((result) => result.rows[0])).toEqual([{ other: 1 }, { other: 2 }, { other: 3 }]);
    } finally {
      a.release();
      b.release();
    }
  });

  it("keeps what was written once stopped: the folder opens again, in the thread or in-process", async () => {
    const first = start(folder);
    await first.pool.query("CREATE TABLE kept (note text)");
    await first.pool.query("INSERT INTO kept VALUES ('written in the thread')");
    await first.stop();
    open = open.filter((thread) => thread !== first);

    const again = start(folder);
    expect((await again.pool.query("SELECT note FROM kept")).rows).toEqual([{ note: "written in the thread" }]);
    await again.stop();
    open = open.filter((thread) => thread !== again);

    const inProcess = new PGlite(folder);
    try {
      expect((await inProcess.query("SELECT note FROM kept")).rows).toEqual([{ note: "written in the thread" }]);
    } finally {
      await inProcess.close();
    }
  });

  it("serves the server's event loop while a statement runs: a timer set before a slow statement fires before its answer", async () => {
    const order = async (query: () => Promise<unknown>) => {
      const events: string[] = [];
      setTimeout(() => events.push("timer"), 0);
      await query();
      events.push("answer");
      await new Promise((resolve) => setTimeout(resolve, 0));
      return events;
    };
    const { pool } = start(folder);
    expect(await order(() => pool.query("SELECT pg_sleep(0.3)"))).toEqual(["timer", "answer"]);

    // The control: PGlite in-process holds the event loop for the whole statement.
    const other = freshFolder();
    const inProcess = new PGlite(other);
    try {
      await inProcess.waitReady;
      expect(await order(() => inProcess.query("SELECT pg_sleep(0.3)"))).toEqual(["answer", "timer"]);
    } finally {
      await inProcess.close();
    }
  });

  it("reports a folder it cannot open to every connection attempt, and ends", async () => {
    const notAFolder = path.join(path.dirname(freshFolder()), "a-file");
    writeFileSync(notAFolder, "not a database");
    const { pool } = start(notAFolder);
    await expect(pool.query("SELECT 1")).rejects.toThrow(/the embedded database did not open/);
    await expect.poll(() => unexpectedExits.length).toBe(1);
  });
});

describe("the server's adapter on a folder", () => {
  let choice: AdapterChoice | undefined;
  afterEach(async () => {
    if (choice?.kind === "pglite-thread") await choice.thread.stop();
  });

  it("migrates and serves Prisma's models through the thread", async () => {
    choice = createAdapterFactory({ ...env(), databaseUrl: undefined, pgliteDataDir: freshFolder() }, "own-thread");
    expect(choice.kind).toBe("pglite-thread");
    await applyMigrations(sqlRunner(choice));
    const prisma = new PrismaClient({ adapter: choice.factory });
    const created = await prisma.edition.count();
    expect(created).toBe(0);
  });

  it("keeps an in-memory database in-process, as tests and scripts use it", () => {
    const memory = createAdapterFactory({ ...env(), databaseUrl: undefined, pgliteDataDir: "memory://" }, "own-thread");
    expect(memory.kind).toBe("pglite");
    if (memory.kind === "pglite") void memory.pglite.close();
  });
});

describe("the server stopping", () => {
  afterAll(() => {
    delete (globalThis as { __dotmClosedForGood?: boolean }).__dotmClosedForGood;
  });

  it("opens no database again once closed for good: a late request cannot open the folder a second time", async () => {
    await db().$queryRaw`SELECT 1`;
    await disconnectDb({ forGood: true });
    expect(() => db()).toThrow(/the database is closed: the server is stopping/);
  });
});
