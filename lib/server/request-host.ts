import "server-only";
import { headers } from "next/headers";
import { isLoopbackHost } from "../security/loopback";

/**
 * Whether the request being served was addressed to a loopback name. Code that runs outside any
 * request (a script or test on this machine) is local by definition; any other failure refuses.
 */
export async function requestIsLocal(): Promise<boolean> {
  try {
    return isLoopbackHost((await headers()).get("host"));
  } catch (error) {
    return error instanceof Error && /outside a request scope/.test(error.message);
  }
}
