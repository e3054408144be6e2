import { NextResponse, type NextRequest } from "next/server";
import { mailboxBehindProxyWords } from "./lib/platform/security/local-site-wording";
import { proxyHeaderIn } from "./lib/platform/security/forwarded";
import { isLoopbackHost } from "./lib/platform/security/loopback";
import {
  contentSecurityPolicy,
  DATA_ANSWER_POLICY,
  isPerRequestPath,
  newNonce,
  publicPagePolicy,
} from "./lib/platform/security/csp";

export function proxy(request: NextRequest) {
  if (!hasDecodablePath(request)) {
    return new NextResponse("Bad request: the address contains a malformed %-escape.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  // A first filter only: the mailbox's pages and action check the request's host themselves.
  if (/^\/dev\/mailbox(\/|$)/.test(request.nextUrl.pathname)) {
    if (!isLoopbackHost(request.headers.get("host"))) {
      return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    const proxyHeader = proxyHeaderIn(request.headers);
    if (proxyHeader) return mailboxBehindProxy(proxyHeader);
  }
  if (isCrossSiteWrite(request)) {
    return new NextResponse("Forbidden: this request came from another site.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const dev = process.env.NODE_ENV === "development";
  if (request.method === "POST" && request.headers.has("next-action")) {
    // Page data for the script that called the action, never a document: no nonce to make.
    const response = NextResponse.next();
    response.headers.set("content-security-policy", DATA_ANSWER_POLICY);
    return response;
  }
  // Decoded: Next serves /%61dmin as /admin, and that page needs its nonce too.
  if (!isPerRequestPath(decodeURIComponent(request.nextUrl.pathname))) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", publicPagePolicy({ dev }));
    return response;
  }
  const policy = contentSecurityPolicy(newNonce(), { dev });
  // Next reads the nonce from the request's policy header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const rewrite = unsubscribePageFor(request);
  const response = rewrite
    ? NextResponse.rewrite(rewrite, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Said rather than hidden: whoever put a local site behind a proxy or tunnel learns why it stopped.
function mailboxBehindProxy(proxyHeader: string): NextResponse {
  return new NextResponse(mailboxBehindProxyWords(proxyHeader), {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

// Server actions and forms are same-origin only. Next refuses a foreign Origin on a server action
// too, but with a 500; this answers 403 first. The one-click unsubscribe address is exempt: mail
// providers POST to it from their own servers (RFC 8058), and its token is its only credential.
function isCrossSiteWrite(request: NextRequest): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const origin = request.headers.get("origin");
  if (!origin || /^\/newsletter\/unsubscribe\//.test(request.nextUrl.pathname)) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

// The one-click unsubscribe address must answer POST from a route handler (RFC 8058), and a
// page and a route handler cannot share a path: opening the link shows the page instead.
function unsubscribePageFor(request: NextRequest): URL | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = /^\/newsletter\/unsubscribe\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (!match) return null;
  const url = request.nextUrl.clone();
  url.pathname = `/newsletter/unsubscribe-page/${match[1]}`;
  return url;
}

// Next answers a malformed escape such as /editions/%E0%A4%A with a 500; it is the visitor's typo.
function hasDecodablePath(request: NextRequest): boolean {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the proxy runs. Next spends about 1 ms of CPU handing a read to a proxy, as much as serving a
 * cached page, and about 2 ms handing it a POST, a fifth of a registration's (docs/performance.md,
 * the twelfth round). So it runs only where it does something that nothing else does:
 * - a page rendered per request, for its nonce (isPerRequestPath; tests/unit/proxy-matcher.test.ts
 *   keeps the two lists in step), unless a page's script called a server action there: that answer
 *   is page data, never a document, and its policy is set in next.config.ts;
 * - a request with an Origin that the browser does not vouch for as same-origin: a cross-site write
 *   is refused here with a 403. Browsers send Sec-Fetch-Site on every request and a page cannot set
 *   it, so "same-origin" there is the browser's word (Go's CrossOriginProtection trusts it the same
 *   way); a browser too old to send it gets the Origin check. Next checks a server action's Origin
 *   against the host again, whatever this matcher lets through;
 * - an address with a %-escape, which may be malformed.
 * Everywhere else, a plain read of a cached public page above all, next.config.ts's headers are the
 * answer's. Static files never need it.
 */
export const config = {
  matcher: [
    { source: "/admin/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/api/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/dev/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/registrations/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/certificates/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/room-shares/:path*", missing: [{ type: "header", key: "next-action" }] },
    { source: "/survey/:path*", missing: [{ type: "header", key: "next-action" }] },
    {
      source: "/newsletter/:page(confirm|privacy|unsubscribe|unsubscribe-page)/:path*",
      missing: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/editions/:slug/:page(register|journal|preview)/:path*",
      missing: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|jpg|ico|txt|xml)$).*)",
      has: [{ type: "header", key: "origin" }],
      missing: [{ type: "header", key: "sec-fetch-site", value: "same-origin" }],
    },
    "/:path(.*%.*)",
  ],
};
