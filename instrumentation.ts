export async function register() {
  // The Node.js server only: the edge bundle must not pull in Node APIs, and `next build`
  // must not start the mail worker (it would open the database during the build).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/server/startup");
  await startServer();
}
