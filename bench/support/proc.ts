// What the benchmarks read of processes from /proc (Linux, as CI and these machines are): with
// the file system's asynchronous calls, never by running `ps` (see treeRssMb).
import { readdir, readFile } from "node:fs/promises";

/**
 * Resident memory of the server and every process under it, in MB. The load generator shares this process's event loop: running
 * `ps` stalled every load while it ran (spawnSync for as long as `ps` took, and even an
 * asynchronous spawn for its fork, up to 100 ms on a busy machine), and the latencies measured
 * meanwhile counted the stall as the servers'.
 */
export async function treeRssMb(pid: number): Promise<number> {
  const kb = await Promise.all((await processTree(pid)).map(residentKb));
  return Math.round(kb.reduce((a, b) => a + b, 0) / 1024);
}

/** A process and every process under it. */
export async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const below = await Promise.all(children.split(" ").filter(Boolean).map(Number).map(processTree));
  return [pid, ...below.flat()];
}

async function residentKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => ""); // gone meanwhile: nothing
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
}

/** USER_HZ: /proc counts CPU time in hundredths of a second. */
const TICK_MS = 1000 / 100;

/** The fields after a /proc/<pid>/stat line's "(comm)", which may itself hold spaces and parentheses. */
function fieldsAfterName(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** A process's own CPU in ticks (utime + stime), from its /proc/<pid>/stat line; 0 for a process gone meanwhile (""). */
export function ownTicks(stat: string): number {
  if (!stat) return 0;
  const fields = fieldsAfterName(stat);
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * PostgreSQL's CPU in ticks, from every process's /proc stat line: each postgres process's own,
 * and, for the postmaster (the one whose parent is not a postgres process), the CPU of the
 * children it has reaped (cutime + cstime), so that a backend whose connection closed between
 * two readings still counts.
 */
export function postgresTicks(stats: string[]): number {
  const postgres = stats.filter((stat) => /^\d+ \(postgres\) /.test(stat));
  const pids = new Set(postgres.map((stat) => stat.slice(0, stat.indexOf(" "))));
  return postgres.reduce((sum, stat) => {
    const fields = fieldsAfterName(stat);
    const postmaster = !pids.has(fields[1]!);
    return sum + ownTicks(stat) + (postmaster ? Number(fields[13]) + Number(fields[14]) : 0);
  }, 0);
}

/** CPU used so far by these processes, in ms. */
export async function cpuMs(pids: number[]): Promise<number> {
  const stats = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")));
  return stats.reduce((sum, stat) => sum + ownTicks(stat), 0) * TICK_MS;
}

/** CPU used so far by the PostgreSQL server on this machine, in ms (see postgresTicks). */
export async function postgresCpuMs(): Promise<number> {
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
  const stats = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")));
  return postgresTicks(stats) * TICK_MS;
}
