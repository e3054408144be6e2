import { log } from "@/lib/platform/log";
import { unsubscribe } from "@/lib/features/newsletter";

type Context = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here with no
 * cookies and no Origin, and expect a 200, not a redirect. The token is the only credential.
 * The page's own button posts here too (with via=page) and is sent back to the page.
 * A GET is shown the unsubscribe page by proxy.ts (one sent with a Next-Action header, which no
 * browser sends on a GET, skips the proxy and gets a 405 here).
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const form = await request.formData().catch(() => new FormData());
  const fromPage = form.get("via") === "page";
  const outcome = await unsubscribe(token, fromPage ? "unsubscribe-page" : "one-click");
  log.info("newsletter.unsubscribe", { ok: outcome.ok, via: fromPage ? "page" : "one-click" });
  if (fromPage) {
    return new Response(null, {
      status: 303,
      headers: { location: `/newsletter/unsubscribe/${token}${outcome.ok ? "?done=1" : ""}` },
    });
  }
  if (outcome.ok) return text("You are unsubscribed. You will receive no more announcements.\n", 200);
  return text(
    outcome.problem === "expired" ? "This unsubscribe link has expired.\n" : "This unsubscribe link is not valid.\n",
    outcome.problem === "expired" ? 410 : 404,
  );
}
