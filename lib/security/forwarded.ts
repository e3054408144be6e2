import { isLoopbackName } from "./loopback";

type HeaderReader = { get(name: string): string | null };

/**
 * The header that shows a request came through a proxy or tunnel, or undefined. Next itself
 * fills in X-Forwarded-Host (with the Host header) and X-Forwarded-For (with the peer's address,
 * a loopback one on a local site) when they are missing, so those two give a proxy away only
 * when they say something else; Forwarded and X-Real-IP only ever come from outside.
 */
export function proxyHeaderIn(headers: HeaderReader): string | undefined {
  if (headers.get("forwarded") !== null) return "Forwarded";
  if (headers.get("x-real-ip") !== null) return "X-Real-IP";
  const forwardedHost = headers.get("x-forwarded-host");
  if (forwardedHost !== null && forwardedHost !== headers.get("host")) return "X-Forwarded-Host";
  const forwardedFor = headers.get("x-forwarded-for");
  if (forwardedFor !== null && !forwardedFor.split(",").every((hop) => isLoopbackName(hop.trim())))
    return "X-Forwarded-For";
  return undefined;
}
