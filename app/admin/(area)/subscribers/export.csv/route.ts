import { csvRow } from "@/lib/platform/text/csv";
import { currentOrganizer } from "@/lib/platform/auth/require-organizer";
import { exportSubscribers } from "@/lib/features/newsletter/reads";
import { parseSubscriberQuery } from "@/lib/features/newsletter/reads";

/** The subscriber list as CSV, streamed a thousand rows at a time. */
export async function GET(request: Request) {
  const organizer = await currentOrganizer();
  if (!organizer)
    return new Response("Sign in as an organizer to download this.\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const query = parseSubscriberQuery(Object.fromEntries(new URL(request.url).searchParams));
  const batches = await exportSubscribers(organizer, query);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(
        encoder.encode(csvRow(["email", "name", "status", "subscribed_at", "confirmed_at", "unsubscribed_at"])),
      );
      for await (const batch of batches) {
        controller.enqueue(
          encoder.encode(
            batch
              .map((s) => csvRow([s.email, s.name, s.status, s.createdAt, s.confirmedAt, s.unsubscribedAt]))
              .join(""),
          ),
        );
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="subscribers.csv"',
      "cache-control": "no-store",
    },
  });
}
