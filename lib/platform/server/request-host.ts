import "server-only";
import { headers } from "next/headers";
import { proxyHeaderIn } from "../security/forwarded";
import { isLoopbackHost } from "../security/loopback";

/**
 * How the request being served reached us: addressed to a loopback name directly ("local"),
 * through a proxy or tunnel that makes it reachable from outside ("forwarded", with the header
 * that shows it), or addressed to another name ("foreign").
 */
export type RequestReach = { kind: "local" } | { kind: "forwarded"; header: string } | { kind: "foreign" };

/**
 * Code that runs outside any request (a script or test on this machine) is local by definition;
 * any other failure refuses.
 */
export async function requestReach(): Promise<RequestReach> {
  let received: Headers;
  try {
    received = await headers();
  } catch (error) {
    const outsideRequest = error instanceof Error && /outside a request scope/.test(error.message);
    return outsideRequest ? { kind: "local" } : { kind: "foreign" };
  }
  if (!isLoopbackHost(received.get("host"))) return { kind: "foreign" };
  const header = proxyHeaderIn(received);
  return header ? { kind: "forwarded", header } : { kind: "local" };
}

/** Whether the request was addressed to a loopback name and came straight from this machine. */
export async function requestIsLocal(): Promise<boolean> {
  return (await requestReach()).kind === "local";
}
