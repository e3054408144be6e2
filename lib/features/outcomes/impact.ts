import type { OutcomeKind, OutcomeStatus } from "../../generated/prisma/enums";
import { OUTCOME_KIND_ORDER, OUTCOME_STATUS_ORDER } from "./labels";

export type ImpactOutcome = {
  kind: OutcomeKind;
  status: OutcomeStatus;
  area: string | null;
  firstContribution: boolean;
  /** Registration ids of the people who worked on it. */
  contributorIds: string[];
};

export type Impact = {
  total: number;
  byKind: Record<OutcomeKind, Record<OutcomeStatus, number> & { total: number }>;
  byStatus: Record<OutcomeStatus, number>;
  mergedPullRequests: number;
  /** People with at least one outcome. */
  contributors: number;
  /** People with at least one outcome marked as their first contribution. */
  firstTimeContributors: number;
  /** Areas by number of outcomes, most first; spelling differences in case and spaces merge. */
  areas: { area: string; count: number }[];
};

const zeroStatuses = () =>
  Object.fromEntries(OUTCOME_STATUS_ORDER.map((status) => [status, 0])) as Record<OutcomeStatus, number>;

/** What an edition (or several) achieved, counted from its outcomes. */
export function impactOf(outcomes: readonly ImpactOutcome[]): Impact {
  const byKind = Object.fromEntries(
    OUTCOME_KIND_ORDER.map((kind) => [kind, { ...zeroStatuses(), total: 0 }]),
  ) as Impact["byKind"];
  const byStatus = zeroStatuses();
  const contributors = new Set<string>();
  const firstTimers = new Set<string>();
  const areas = new Map<string, { area: string; count: number }>();
  for (const outcome of outcomes) {
    byKind[outcome.kind][outcome.status] += 1;
    byKind[outcome.kind].total += 1;
    byStatus[outcome.status] += 1;
    for (const id of outcome.contributorIds) {
      contributors.add(id);
      if (outcome.firstContribution) firstTimers.add(id);
    }
    const area = outcome.area?.trim().replace(/\s+/g, " ");
    if (area) {
      const key = area.toLowerCase();
      const entry = areas.get(key) ?? { area, count: 0 };
      entry.count += 1;
      areas.set(key, entry);
    }
  }
  return {
    total: outcomes.length,
    byKind,
    byStatus,
    mergedPullRequests: byKind.pull_request.merged,
    contributors: contributors.size,
    firstTimeContributors: firstTimers.size,
    areas: [...areas.values()].sort((a, b) => b.count - a.count || a.area.localeCompare(b.area)),
  };
}
