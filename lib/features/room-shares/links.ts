import { LinkifyIt } from "linkify-it";
import tlds from "tlds";

/**
 * Every top-level domain, not a hand-picked few: "casa.rentals" is as much a link as
 * "example.com". The price is that two words glued across a full stop ("station.travel") read
 * as a link too; the refusal names it so the writer can add a space. `fuzzyLink` (off by
 * default in linkify-it 6) finds links written without "https://".
 */
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true }).tlds(tlds);

/** The first link or web (or email) address in `text`, as written, or null. */
export function firstLink(text: string): string | null {
  return linkify.match(text)?.[0]?.raw ?? null;
}
