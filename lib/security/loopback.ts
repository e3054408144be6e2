/** Names that only ever reach this machine: localhost, 127.0.0.0/8 and [::1] (with or without brackets). */
export function isLoopbackName(name: string): boolean {
  const host = name.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A request's Host header ("localhost:3000", "[::1]:3000") names this machine. */
export function isLoopbackHost(hostHeader: string | null | undefined): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.startsWith("[")
    ? hostHeader.slice(0, hostHeader.indexOf("]") + 1)
    : hostHeader.replace(/:\d*$/, "");
  return isLoopbackName(name);
}
