// `npm run bench -- --focus mail [--messages 2000 --workers 2]`: queues N messages and measures how fast
// the delivery worker hands them to a local SMTP server, and the worker process's memory.
// Uses DATABASE_URL (a throwaway database on that local server) or an in-memory PGlite.
import { parseArgs } from "node:util";
import { SMTPServer } from "smtp-server";
import { createAdapterFactory } from "../../lib/platform/database/adapter";
import { applyMigrations, sqlRunner } from "../../lib/platform/database/migrate";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { smtpTransport } from "../../lib/platform/mail/transport";
import { deliverDue } from "../../lib/platform/mail/worker";
// The worker renders each message at send time with the installed templates.
import "../../lib/server/mail-templates";
import { systemClock } from "../../lib/platform/clock";
import { parseEnv } from "../../lib/platform/env";
import { createThrowawayDatabase, dropDatabase } from "../../tests/fixtures/local-database";

const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "2000" },
    workers: { type: "string", default: "2" },
    batch: { type: "string", default: "50" },
  },
});
const total = Number(values.messages);
const workerCount = Number(values.workers);
const batchSize = Number(values.batch);

async function main() {
  const server = process.env.DATABASE_URL;
  const url = server ? await createThrowawayDatabase(server, "dotm_bench") : undefined;
  const config = parseEnv({ DATABASE_URL: url, PGLITE_DATA_DIR: "memory://" });
  const choice = createAdapterFactory(config);
  const runner = sqlRunner(choice);
  await applyMigrations(runner);
  const clients = Array.from(
    { length: choice.kind === "postgres" ? workerCount : 1 },
    () =>
      new PrismaClient({ adapter: choice.kind === "postgres" ? createAdapterFactory(config).factory : choice.factory }),
  );

  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as { port: number }).port;

  const now = new Date();
  const rows = Array.from({ length: total }, (_, i) => ({
    // Template and data, as every message is queued: the worker renders at send time.
    template: "notice",
    toAddress: `attendee${i}@example.org`,
    data: {
      subject: `Benchmark message ${i}`,
      greetingName: `Attendee ${i}`,
      paragraphs: ["Sprinting by the sea. ".repeat(40)],
    },
    nextAttemptAt: now,
    createdAt: now,
  }));
  const queueStart = performance.now();
  for (let i = 0; i < rows.length; i += 500)
    await clients[0]!.outboxMessage.createMany({ data: rows.slice(i, i + 500) });
  const queueMs = performance.now() - queueStart;

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const transports = Array.from({ length: workerCount }, () => smtpTransport(`smtp://127.0.0.1:${port}`));
  const start = performance.now();
  await Promise.all(
    transports.map(async (transport, i) => {
      const db = clients[i % clients.length]!;
      for (;;) {
        const report = await deliverDue({
          db,
          transport,
          clock: systemClock,
          from: "bench@localhost",
          messageIdDomain: "localhost",
          batchSize,
        });
        if (report.claimed === 0) return;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);

  const sent = await clients[0]!.outboxMessage.count({ where: { status: "sent" } });
  console.log(
    JSON.stringify(
      {
        database: choice.kind,
        messages: total,
        workers: workerCount,
        batchSize,
        queuedPerSecond: Math.round(total / (queueMs / 1000)),
        deliveredPerSecond: Math.round(received / seconds),
        seconds: Number(seconds.toFixed(2)),
        receivedBySmtp: received,
        markedSent: sent,
        peakRssMb: Math.round(peakRss / 1024 / 1024),
      },
      null,
      2,
    ),
  );

  transports.forEach((t) => t.close());
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  for (const client of clients) await client.$disconnect();
  await runner.close();
  if (url) await dropDatabase(url);
  if (received !== total || sent !== total) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
