import { describe, expect, it } from "vitest";
import { applyMigrations, committedMigrations, sqlRunner, type Migration } from "@/lib/platform/database/migrate";
import { dbAdapter } from "@/lib/platform/db";

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: name.padEnd(64, "0") });

async function withRunner<T>(work: (runner: ReturnType<typeof sqlRunner>) => Promise<T>): Promise<T> {
  const runner = sqlRunner(dbAdapter());
  try {
    return await work(runner);
  } finally {
    if (dbAdapter().kind === "postgres") await runner.close();
  }
}

describe("applyMigrations", () => {
  it("has applied every committed migration, with Prisma's checksum", async () => {
    const rows = await withRunner((runner) =>
      runner.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows).toEqual(committedMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("applies only what is pending, and nothing twice", async () => {
    await withRunner(async (runner) => {
      const extra = [...committedMigrations(), migration("29990101000000_extra", `CREATE TABLE "Extra" (id int);`)];
      expect(await applyMigrations(runner, extra)).toEqual(["29990101000000_extra"]);
      expect(await applyMigrations(runner, extra)).toEqual([]);
      await runner.script(
        `DROP TABLE "Extra"; DELETE FROM "_prisma_migrations" WHERE migration_name = '29990101000000_extra'`,
      );
    });
  });

  it("rolls a failing migration back whole and records nothing", async () => {
    await withRunner(async (runner) => {
      const broken = migration("29990101000001_broken", `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";`);
      await expect(applyMigrations(runner, [...committedMigrations(), broken])).rejects.toThrow(
        /Migration 29990101000001_broken failed: .*NoSuchTable/,
      );
      const half = await runner.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Half'`);
      const recorded = await runner.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000001_broken'`,
      );
      expect([half.length, recorded.length]).toEqual([0, 0]);
    });
  });
});
