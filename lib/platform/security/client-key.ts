import ipaddr from "ipaddr.js";

/**
 * The key a client is counted by: an IPv4 address as it is, an IPv6 address by its /64. One
 * subscriber line gets a whole /64 (2^64 addresses), so counting each address would let one
 * client take a fresh key for every request; an IPv4-mapped IPv6 address is the IPv4 client it
 * maps. A value that is not an address (a misconfigured proxy) is counted as it is, so it still
 * shares one key rather than none.
 */
export function clientKey(address: string): string {
  const value = address.trim();
  if (!ipaddr.isValid(value)) return value.toLowerCase();
  const parsed = ipaddr.process(value); // unwraps ::ffff:a.b.c.d
  if (parsed.kind() === "ipv4") return parsed.toString();
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toNormalizedString()}/64`);
  return `${prefix.toString()}/64`;
}
