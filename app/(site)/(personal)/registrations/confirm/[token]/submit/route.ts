import { confirmRegistration, LINK_NO_LONGER_WORKS } from "@/lib/features/registration";
import { passingFailure } from "@/lib/platform/forms/passing-failure";
import { log } from "@/lib/platform/log";
import type { ConfirmAnswer } from "../confirm-answer";

type Context = { params: Promise<{ token: string }> };

/**
 * The Confirm button's POST. A route handler rather than a server action (issue 31): on opening
 * day every confirmation costs Next its routing and no more. With JavaScript the page asks for
 * JSON and shows the answer in place; without, the form's POST is answered with a redirect to the
 * link's page, which shows where the registration now stands, or why nothing changed. Opening
 * the link (a GET) changes nothing: mail scanners follow links. The token is the person's
 * credential (the service checks it; it is never logged); proxy.ts refuses another site's post.
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const answer = await press(token);
  if (request.headers.get("accept")?.includes("application/json")) {
    if ("result" in answer) return Response.json(answer, { headers: { "cache-control": "no-store" } });
    if (answer.problem === "gone")
      return Response.json(answer, { status: 409, headers: { "cache-control": "no-store" } });
    // Busy for a moment (the edition's lock, the database restarting): nothing was changed.
    return Response.json(answer, { status: 503, headers: { "cache-control": "no-store", "retry-after": "2" } });
  }
  const location = `/registrations/confirm/${token}${"problem" in answer ? `?problem=${answer.problem}` : ""}`;
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

async function press(token: string): Promise<ConfirmAnswer> {
  try {
    const outcome = await confirmRegistration(token);
    if (!outcome.ok) return { problem: "gone", message: LINK_NO_LONGER_WORKS };
    // The count of places and the attendee list catch up within seconds (SEAT_COUNT_REFRESH_S).
    const { ok: _ok, ...placement } = outcome;
    return { result: placement };
  } catch (error) {
    const failure = passingFailure(error);
    if (!failure) throw error;
    log.info("registration.confirm_try_again", { problem: failure.problem });
    return failure;
  }
}
