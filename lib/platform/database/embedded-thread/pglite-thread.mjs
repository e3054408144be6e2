// The embedded database's own thread (see ./thread.ts): PGlite runs here, off the server's event
// loop, and speaks PostgreSQL's wire protocol to the server's `pg` pool over a message port.
// Plain JavaScript, because Node loads it as it is, outside Next's bundles.
//
// PGlite has one session; the pool has several connections. Each connection's batch (a query's
// Parse … Sync, sent together) runs whole, one batch at a time. A connection whose batch leaves
// the session anywhere but idle (an open transaction, or a batch without its Sync) owns the
// database until it is idle again: meanwhile only its batches run, as PostgreSQL's locks and
// PGlite's own transaction queue would have it.
//
// What one connection sets for the session, every connection shares: the app uses only
// transaction-scoped settings and locks (`set_config(…, true)`, `pg_advisory_xact_lock`) and
// unnamed statements, and must keep to them on the embedded database.
import { workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'

// The server's side: `port` carries the protocol's bytes; `answered` wakes a server waiting for an answer.
const { port, answered } = workerData;
const post = (message) => port.postMessage(message);
const describe = (error) => (error instanceof Error ? error.message : (error?.message ?? JSON.stringify(error)));

const pglite = new PGlite(workerData.dataDir);
/** @type {Map<number, { buffer: Uint8Array, started: boolean }>} */
const sessions = new Map();
/** @type {{ session: number, work: () => Promise<void> }[]} */
const waiting = [];
let owner = null; // the session whose batch left the session not idle: only its batches run
let running = false;
let idle = Promise.resolve();

const readInt32 = (bytes, at) => new DataView(bytes.buffer, bytes.byteOffset + at, 4).getInt32(0);
const READY_FOR_QUERY = 0x5a; // 'Z', whose last byte is the session's state
const IDLE = 0x49; // 'I'

/** Whether an answer ends with ReadyForQuery saying the session is idle (no transaction, nothing half done). */
function endsIdle(bytes) {
  return bytes.length >= 6 && bytes[bytes.length - 6] === READY_FOR_QUERY && bytes[bytes.length - 1] === IDLE;
}

function joined(chunks) {
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Splits a session's buffer into whole protocol messages; keeps the rest for the next data. */
function takeMessages(session) {
  const messages = [];
  let at = 0;
  const bytes = session.buffer;
  while (bytes.length - at >= (session.started ? 5 : 8)) {
    if (!session.started) {
      const length = readInt32(bytes, at);
      const code = readInt32(bytes, at + 4);
      if (bytes.length - at < length) break;
      if (code === SSL_REQUEST)
        messages.push({ reply: new Uint8Array([0x4e]) }); // 'N': no TLS on a thread's port
      else if (code !== CANCEL_REQUEST) {
        session.started = true;
        messages.push({ message: bytes.slice(at, at + length) });
      }
      at += length;
      continue;
    }
    const length = 1 + readInt32(bytes, at + 1);
    if (length < 5) throw new Error("a protocol message with an impossible length");
    if (bytes.length - at < length) break;
    if (bytes[at] === TERMINATE) messages.push({ terminate: true });
    else messages.push({ message: bytes.slice(at, at + length) });
    at += length;
  }
  session.buffer = bytes.slice(at);
  return messages;
}

async function run(id, messages) {
  const out = [];
  let ran = false;
  for (const item of messages) {
    if (!sessions.has(id)) return;
    if (item.reply) out.push(item.reply);
    if (item.terminate) return close(id);
    if (item.message) {
      ran = true;
      await pglite.execProtocolRawStream(item.message, { onRawData: (data) => out.push(data.slice()) });
    }
  }
  const answer = joined(out); // PGlite may hand the answer over in pieces: the state is in its last six bytes
  if (ran) owner = endsIdle(answer) ? null : id;
  if (answer.length > 0) post({ type: "data", session: id, bytes: answer, holdsDatabase: owner === id });
}

// A session that goes away mid-transaction must not leave its transaction to the next one.
async function close(id) {
  if (!sessions.delete(id)) return;
  if (owner === id) {
    owner = null;
    await pglite.exec("ROLLBACK"); // also ends a batch left without its Sync; a warning when there was nothing to end
  }
  post({ type: "closed", session: id });
}

function wake() {
  Atomics.store(answered, 0, 1);
  Atomics.notify(answered, 0);
}

/** Runs waiting work in order, except that while a connection holds the database only its work runs. */
function schedule(session, work) {
  waiting.push({ session, work });
  if (running) return;
  running = true;
  idle = (async () => {
    await pglite.waitReady;
    for (;;) {
      const next = owner === null ? 0 : waiting.findIndex((item) => item.session === owner);
      if (next === -1 || waiting.length === 0) break;
      const [item] = waiting.splice(next, 1);
      await item.work().catch((error) => {
        // PGlite threw instead of answering: its state is unknown, so nothing more runs on it.
        // The thread ends, and with it the server (lib/platform/database/adapter.ts).
        post({ type: "failed", session: item.session, message: describe(error) });
        process.exit(1);
      });
    }
    running = false;
  })();
}

async function stop() {
  await idle;
  for (const id of [...sessions.keys()]) await close(id);
  await pglite.close();
  post({ type: "stopped" });
  port.close();
}

port.on("message", (message) => {
  const { type, session: id } = message;
  if (type === "open") sessions.set(id, { buffer: new Uint8Array(0), started: false });
  else if (type === "data") {
    const session = sessions.get(id);
    if (!session) return message.awaited && wake();
    session.buffer = session.buffer.length > 0 ? joined([session.buffer, message.bytes]) : message.bytes;
    const messages = takeMessages(session);
    schedule(id, () => run(id, messages).finally(() => message.awaited && wake()));
  } else if (type === "end") {
    // What the connection sent before going away was given up by its client: it does not run.
    for (let i = waiting.length - 1; i >= 0; i -= 1) if (waiting[i].session === id) waiting.splice(i, 1);
    schedule(id, () => close(id));
  } else if (type === "stop") void stop();
});

pglite.waitReady.then(
  () => post({ type: "ready" }),
  (error) => {
    post({ type: "failed", message: describe(error) });
    port.close();
  },
);
