#!/usr/bin/env node
// `npm start`: checks the environment, migrates and seeds the database, builds, then serves.
// Each step is its own process, one after another, so the embedded database (which one
// process at a time may open) is never opened twice. `--dev` serves with `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const dev = process.argv.includes("--dev");
const bin = (name) => path.join("node_modules", ".bin", name);

function run(label, command, args) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${label} failed; the site was not started.`);
    process.exit(result.status ?? 1);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Refuses to start a second server on the same embedded database folder. */
function lockEmbeddedDatabase() {
  if (process.env.DATABASE_URL) return () => {};
  const dataDir = path.resolve(process.env.PGLITE_DATA_DIR || ".data/pglite");
  if (dataDir.startsWith("memory:")) return () => {};
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      console.error(`The embedded database in ${dataDir} is in use by process ${pid}: stop it first.`);
      process.exit(1);
    }
  }
  mkdirSync(path.dirname(lockFile), { recursive: true, mode: 0o700 }); // .data/ holds personal data: owner only
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

const unlock = lockEmbeddedDatabase();
process.on("exit", unlock);
run("Generating the Prisma client", bin("prisma"), ["generate"]);
run("Checking, migrating and seeding the database", bin("tsx"), ["scripts/prepare-database.ts"]);
// CI's second test pass serves the build its first pass made of the same checkout (.ci/run).
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!dev && process.env.REUSE_BUILD === "1" && existsSync(path.join(distDir, "BUILD_ID")))
  console.log(`\n> Serving the build already in ${distDir} (REUSE_BUILD=1)`);
else if (!dev) run("Building the site", bin("next"), ["build"]);

// scripts/serve.ts picks the listening address and forwards signals to the server.
const server = spawn(bin("tsx"), ["scripts/serve.ts", ...(dev ? ["--dev"] : [])], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
