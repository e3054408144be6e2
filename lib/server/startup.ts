import { EnvError, env } from "../env";

/** Runs once per server process, before it serves: a bad environment stops it with one message. */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (env().mailWorker === "in-app") {
    const { startMailWorker } = await import("../mail/runner");
    startMailWorker();
  }
}
