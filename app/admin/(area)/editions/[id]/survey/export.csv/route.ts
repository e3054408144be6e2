import { csvRow } from "@/lib/platform/text/csv";
import { currentOrganizer } from "@/lib/platform/auth/require-organizer";
import { exportSurveyAnswers } from "@/lib/features/survey";

type Context = { params: Promise<{ id: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** An edition's survey answers as CSV (values a spreadsheet would run are neutralized), from three answers. */
export async function GET(_request: Request, { params }: Context) {
  const organizer = await currentOrganizer();
  if (!organizer) return text("Sign in as an organizer to download this.\n", 403);
  const exported = await exportSurveyAnswers(organizer, (await params).id);
  if (!exported) return text("No answers to download yet: they can be read from three answers.\n", 404);
  return new Response([exported.header, ...exported.rows].map(csvRow).join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="survey-${exported.slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}
