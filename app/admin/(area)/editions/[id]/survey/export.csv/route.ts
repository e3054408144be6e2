import { csvRow } from "@/lib/platform/text/csv";
import { currentOrganizer } from "@/lib/platform/auth/require-organizer";
import { exportSurveyAnswers } from "@/lib/features/survey";

type Context = { params: Promise<{ id: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * An edition's survey answers as CSV (values a spreadsheet would run are neutralized): only the
 * header row until the answers can be shown (three, and no anonymous one that could be told apart).
 */
export async function GET(_request: Request, { params }: Context) {
  const organizer = await currentOrganizer();
  if (!organizer) return text("Sign in as an organizer to download this.\n", 403);
  const exported = await exportSurveyAnswers(organizer, (await params).id);
  if (!exported) return text("No such edition.\n", 404);
  return new Response([exported.header, ...exported.rows].map(csvRow).join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="survey-${exported.slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}
