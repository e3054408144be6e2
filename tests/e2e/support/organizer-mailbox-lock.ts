import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// The embedded pass runs its specs on two workers against one server, and every organizer signs
// in as the one address a local site lets in: a spec that opens "the newest sign-in mail" must not
// take the one another worker asked for. Whoever asks for or counts that mail holds this lock.

const port = process.env.E2E_PORT || "3100";
const LOCK = path.join(os.tmpdir(), `dotm-e2e-${port}-organizer-mailbox.lock`);
const OWNER = path.join(LOCK, "pid");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryTake(): boolean {
  try {
    mkdirSync(LOCK);
    writeFileSync(OWNER, String(process.pid));
    return true;
  } catch {
    const holder = Number(readFileSyncSafe(OWNER));
    // A worker that died holding it (a crash, a killed run) leaves it behind: take it over.
    if (holder && holder !== process.pid && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

function readFileSyncSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Runs `work` while no other worker asks for, or counts, the organizer's sign-in mail. */
export async function withOrganizerMailbox<T>(work: () => Promise<T>): Promise<T> {
  while (!tryTake()) await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
