import { benchQuery, benchRoutesOn } from "../sql";

// Baseline for the edition's .ics: the same edition row through the bare driver, three events
// written by hand, no calendar library and no cache. Exists only with BENCH_ROUTES=1.
export async function GET() {
  if (!benchRoutesOn()) return new Response("Not found", { status: 404 });
  const { rows } = await benchQuery<{ slug: string; name: string; startsOn: Date; venueAddress: string }>(
    `SELECT slug, name, "startsOn", "venueAddress" FROM "Edition" WHERE slug = 'open' AND published`,
  );
  const edition = rows[0]!;
  const day = (offset: number) =>
    new Date(new Date(edition.startsOn).getTime() + offset * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  const events = [0, 1, 2].map((offset) =>
    [
      `BEGIN:VEVENT`,
      `UID:${edition.slug}-${offset}@bench`,
      `DTSTART:${day(offset)}T060000Z`,
      `DTEND:${day(offset)}T120000Z`,
      `SUMMARY:${edition.name}`,
      `LOCATION:${edition.venueAddress}`,
      `END:VEVENT`,
    ].join("\r\n"),
  );
  return new Response(
    ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN", ...events, "END:VCALENDAR", ""].join("\r\n"),
    { headers: { "content-type": "text/calendar; charset=utf-8" } },
  );
}
