import { env } from "./env";

/** The one source of "now": code asks a Clock, so tests can choose the time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/** A clock that reads `start` now and then runs at real speed (demos, end-to-end tests). */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}

let appClock: Clock | undefined;

/** The application's clock: the system clock unless CLOCK_START sets another start. */
export function clock(): Clock {
  if (!appClock) {
    const start = env().clockStart;
    appClock = start ? clockStartingAt(start) : systemClock;
  }
  return appClock;
}
