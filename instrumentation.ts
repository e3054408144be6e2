export async function register() {
  // The Node.js server only: the edge bundle must not pull in Node APIs.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/server/startup");
    startServer();
  }
}
