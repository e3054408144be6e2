import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import { subscriberBatches, type SubscriberQuery } from "./reads/admin-subscribers";

/** An organizer downloads the subscriber list: the export is recorded first, then read in batches. */
export async function exportSubscribers(
  organizer: Organizer,
  query: Omit<SubscriberQuery, "page">,
  clock: Clock = appClock(),
) {
  await audit(
    organizer,
    "subscribers.export",
    null,
    { status: query.status ?? "all", search: query.search ?? "" },
    { clock },
  );
  return subscriberBatches(query);
}
