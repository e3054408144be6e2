import { benchQuery, benchRoutesOn } from "../sql";

// Baseline for the Atom feed: the same announcements query through the bare driver, XML written
// by hand, no feed library, no markdown. Exists only with BENCH_ROUTES=1.
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function GET() {
  if (!benchRoutesOn()) return new Response("Not found", { status: 404 });
  const { rows } = await benchQuery<{ slug: string; subject: string; body: string; sentAt: Date }>(
    `SELECT slug, subject, body, "sentAt" FROM "Announcement" WHERE status = 'sent' ORDER BY "sentAt" DESC LIMIT 50`,
  );
  const entries = rows.map(
    (row) =>
      `<entry><id>urn:bench:${row.slug}</id><title>${escape(row.subject)}</title><updated>${new Date(row.sentAt).toISOString()}</updated><content>${escape(row.body)}</content></entry>`,
  );
  const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:bench</id><title>Announcements</title><updated>${new Date().toISOString()}</updated>${entries.join("")}</feed>`;
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
