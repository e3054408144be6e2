import { describe, expect, it } from "vitest";
import { ownTicks, postgresTicks } from "../../bench/support/proc";

// /proc/<pid>/stat: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
const stat = (pid: number, comm: string, ppid: number, utime: number, stime: number, cutime = 0, cstime = 0) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 1 2 3`;

// `npm run bench -- --focus request-cpu` divides these by the requests of a run: a backend that
// exits between two readings must not take its CPU with it, and nothing else may be counted.
describe("the CPU read from /proc", () => {
  it("reads a process's own time, even when its name holds spaces and parentheses", () => {
    expect(ownTicks(stat(42, "next-server (v16)", 1, 120, 30))).toBe(150);
    expect(ownTicks("")).toBe(0);
  });

  it("counts PostgreSQL's processes, and the backends the postmaster has reaped, but nobody else's", () => {
    const stats = [
      stat(100, "postgres", 1, 5, 5, 20, 10), // the postmaster: its own 10, and 30 of backends gone
      stat(101, "postgres", 100, 3, 2, 7, 7), // a backend: its own 5; what it reaped is not PostgreSQL's to count twice
      stat(102, "postgres", 100, 40, 0),
      stat(200, "node", 1, 900, 100, 50, 50),
      "", // a process gone between listing /proc and reading it
    ];
    expect(postgresTicks(stats)).toBe(10 + 30 + 5 + 40);
  });

  it("finds the postmaster whoever started it", () => {
    expect(postgresTicks([stat(300, "postgres", 250, 1, 1, 8, 0), stat(250, "pg_ctl", 1, 0, 0)])).toBe(10);
  });
});
