// `npm run serve` (and the last step of `npm start`): serves the build on the address the
// environment allows. A local site listens on 127.0.0.1 only: its dev mailbox and default
// organizer must not be reachable from the network. `--dev` serves with `next dev` instead.
import { spawn } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/platform/env";

function listenAddress(): { host: string | undefined; port: number } {
  try {
    const config = parseEnv(process.env);
    return { host: config.listenHost, port: Number(process.env.PORT || 3000) };
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const { host, port } = listenAddress();
const dev = process.argv.includes("--dev");
const args = [dev ? "dev" : "start", "--port", String(port), ...(host ? ["--hostname", host] : [])];
console.log(
  `\n> Serving on http://${host && host !== "127.0.0.1" ? host : "localhost"}:${port}${host ? ` (listening on ${host} only)` : " (every interface)"}`,
);
// The app closes the embedded database itself on SIGTERM/SIGINT (lib/server/shutdown.ts).
const server = spawn(path.join("node_modules", ".bin", "next"), args, {
  stdio: "inherit",
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
