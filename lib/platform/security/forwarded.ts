import { isLoopbackHost, isLoopbackName } from "./loopback";

type HeaderReader = { get(name: string): string | null };

/**
 * The header that shows a request came through a proxy or tunnel, or undefined. Next itself
 * fills in X-Forwarded-Host (with the Host header) and X-Forwarded-For (with the peer's address,
 * a loopback one on a local site) when they are missing, so those two give a proxy away only
 * when they say something else (and X-Forwarded-Proto, which Next sets to "http" here, when it
 * says "https": a proxy ended TLS). The others below only ever come from outside. A forwarder
 * that adds no header at all (ssh -R, socat) cannot be told apart: the README warns.
 */
const OUTSIDE_ONLY = ["Forwarded", "X-Real-IP", "Via", "CF-Connecting-IP", "True-Client-IP", "Fastly-Client-IP"];

export function proxyHeaderIn(headers: HeaderReader): string | undefined {
  const outside = OUTSIDE_ONLY.find((name) => headers.get(name) !== null);
  if (outside) return outside;
  const proto = headers.get("x-forwarded-proto");
  if (proto !== null && proto !== "http") return "X-Forwarded-Proto";
  const forwardedHost = headers.get("x-forwarded-host");
  // Next's own redirect after a server action fetches the page again from this server, keeping
  // the first request's X-Forwarded-Host while its Host may name the listening address instead:
  // a loopback name there is this machine either way.
  if (forwardedHost !== null && forwardedHost !== headers.get("host") && !isLoopbackHost(forwardedHost))
    return "X-Forwarded-Host";
  const forwardedFor = headers.get("x-forwarded-for");
  if (forwardedFor !== null && !forwardedFor.split(",").every((hop) => isLoopbackName(hop.trim())))
    return "X-Forwarded-For";
  return undefined;
}
