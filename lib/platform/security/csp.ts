/**
 * Two Content-Security-Policies. Pages that handle a person's data or a secret (the admin,
 * registration and newsletter links, forms that take personal details) render per request
 * and run scripts only with that request's nonce. Public pages are rendered once and served
 * from Next's cache to every visitor, so they cannot carry a per-request nonce: their inline
 * scripts (Next's page data) are allowed as inline scripts. What they show is organizers'
 * sanitized markdown and settings, never a visitor's input.
 */
const sharedDirectives = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  // The challenge widget (ALTCHA) solves its puzzle in Web Workers it makes from blob: URLs.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The policy of an answer that is never a document: a server action called by a page's script
 * (the Next-Action header) is answered with page data for that script. A browser applies a
 * policy only to documents, so this one allows nothing and needs no nonce.
 */
export const DATA_ANSWER_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The policy of a per-request page: scripts run only with this request's nonce. */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  // 'strict-dynamic' lets Next's own nonce-bearing scripts load their chunks; dev mode's
  // React refresh needs eval.
  return withScripts(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

/** The policy of a cached public page: scripts from this site, inline ones included. */
export function publicPagePolicy({ dev = false } = {}): string {
  return withScripts(`script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`);
}

function withScripts(scriptSrc: string): string {
  const [defaultSrc, ...rest] = sharedDirectives;
  return [defaultSrc, scriptSrc, ...rest].join("; ");
}

/**
 * The paths rendered per request (app/admin, app/(site)/(personal), the auth routes): they get
 * the nonce policy. A public page missing here would still work under the nonce policy only if
 * it were rendered per request, so tests/unit/csp-routes.test.ts checks this list against the
 * app folder.
 */
const perRequestPaths = [
  /^\/admin(\/|$)/,
  /^\/api\//,
  /^\/dev(\/|$)/,
  /^\/registrations\//,
  /^\/certificates\//,
  /^\/room-shares\//,
  /^\/survey\//,
  /^\/newsletter\/(confirm|privacy|unsubscribe|unsubscribe-page)(\/|$)/,
  /^\/editions\/[^/]+\/(register|journal|preview)(\/|$)/,
];

export function isPerRequestPath(pathname: string): boolean {
  return perRequestPaths.some((pattern) => pattern.test(pathname));
}

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
