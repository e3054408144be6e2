import ipaddr from "ipaddr.js";

/** Names that only ever reach this machine: localhost, 127.0.0.0/8 and ::1 (with or without brackets). */
export function isLoopbackName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === "localhost") return true;
  const bare = lower.startsWith("[") && lower.endsWith("]") ? lower.slice(1, -1) : lower;
  // process() reads ::ffff:127.0.0.1 as the IPv4 address it carries.
  return ipaddr.isValid(bare) && ipaddr.process(bare).range() === "loopback";
}

/** A request's Host header ("localhost:3000", "[::1]:3000") names this machine. */
export function isLoopbackHost(hostHeader: string | null | undefined): boolean {
  if (!hostHeader) return false;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return false; // "[::1]evil", "localhost:port", spaces: not a host at all
  }
  // The URL parser also takes a user, a path or a query ("x@localhost"); a Host header holds a
  // name and a port only, and the name is read as the parser reads it (127.1 is 127.0.0.1).
  if (url.href !== `http://${url.host}/`) return false;
  return isLoopbackName(url.hostname);
}
