import { csvRow } from "@/lib/platform/text/csv";
import { currentOrganizer } from "@/lib/platform/auth/require-organizer";
import { exportRegistrations } from "@/lib/features/registration/reads";
import { parseRegistrationQuery } from "@/lib/features/registration/reads";

type Context = { params: Promise<{ id: string }> };

const HEADER = [
  "name",
  "email",
  "status",
  "city",
  "country",
  "affiliation",
  "experience",
  "interests",
  "hopes",
  "days",
  "dietary",
  "accessibility",
  "afternoon_activities",
  "public_listing",
  "can_help_set_up",
  "registered_at",
  "confirmed_at",
  "waitlist_number",
  "checked_in_days",
];

/** An edition's registrations as CSV (values a spreadsheet would run are neutralized), streamed. */
export async function GET(request: Request, { params }: Context) {
  const organizer = await currentOrganizer();
  if (!organizer)
    return new Response("Sign in as an organizer to download this.\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const { id } = await params;
  const query = parseRegistrationQuery(Object.fromEntries(new URL(request.url).searchParams));
  const exported = await exportRegistrations(organizer, id, query);
  if (!exported)
    return new Response("No such edition.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const { slug, batches } = exported;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvRow(HEADER)));
      for await (const batch of batches) {
        const rows = batch.map((r) =>
          csvRow([
            r.name,
            r.email,
            r.status,
            r.city,
            r.country,
            r.affiliation,
            r.experience,
            r.interests.join(" "),
            r.hopes,
            r.days.join(" "),
            r.dietary,
            r.accessibility,
            r.afternoonActivities,
            r.publicListing,
            r.canHelpSetUp,
            r.createdAt,
            r.confirmedAt,
            r.waitlistNumber,
            r.checkIns.map((c) => c.day).join(" "),
          ]),
        );
        controller.enqueue(encoder.encode(rows.join("")));
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="registrations-${slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}
