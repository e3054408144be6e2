import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { discoverPullRequests, type DiscoveryReport } from "./discover-pull-requests";

/** An organizer's "look for pull requests now": the scheduled search, for one edition, at once. */
export async function searchPullRequestsNow(organizer: Organizer, editionId: string): Promise<DiscoveryReport> {
  const report = await discoverPullRequests(editionId);
  await audit(organizer, "pull-requests.search", `edition:${editionId}`, {
    searched: report.searched,
    proposed: report.proposed,
  });
  return report;
}
