import { clock as appClock, type Clock } from "../../platform/clock";
import { statements } from "../../platform/db";
import { allowAttempts, type LimitName } from "../../platform/security/rate-limit";
import { lookUpToken } from "./token-lookup";

// Each download of a PDF from the manage page subsets its fonts and renders it again: a person
// may download each of theirs 10 times in 10 minutes ("pdf-download", keyed per PDF and person).
const PDF_DOWNLOAD_LIMIT: LimitName = "pdf-download";

/**
 * Counts one download of a manage page's PDF for the link's registration (any of their manage
 * links counts alike) and answers false when they downloaded it too many times lately. A link
 * that does not work is not counted: the download itself says why.
 */
export async function allowPdfDownload(
  token: string,
  pdf: "visa-letter" | "certificate",
  clock: Clock = appClock(),
): Promise<boolean> {
  const found = await lookUpToken(statements(), token, "manage", clock.now());
  if (!found.ok) return true;
  return allowAttempts([[PDF_DOWNLOAD_LIMIT, `${pdf}.pdf:${found.registration.id}`]], clock);
}
