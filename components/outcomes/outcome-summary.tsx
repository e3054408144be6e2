import {
  type OutcomeKind,
  type OutcomeStatus,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  ticketLink,
} from "@/lib/features/outcomes";

const STATUS_TONE: Record<OutcomeStatus, string> = {
  merged: "bg-sea-700 text-sand-50",
  done: "bg-sea-700 text-sand-50",
  open: "bg-sun-300 text-sea-950",
  closed: "bg-sand-200 text-sea-950",
};

type Props = {
  outcome: {
    kind: OutcomeKind;
    title: string;
    url: string | null;
    status: OutcomeStatus;
    area: string | null;
    firstContribution: boolean;
    /** The Trac ticket a pull request names, when known. */
    ticket?: number | null;
  };
  /** Who worked on it, as the viewer may see it. */
  people?: string;
};

/** One outcome as a line: kind, linked title, status, and the details around it. */
export function OutcomeSummary({ outcome, people }: Props) {
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="text-sm font-medium text-sea-800 dark:text-sand-200">{OUTCOME_KINDS[outcome.kind].one}</span>
        {outcome.url ? (
          <a href={outcome.url} className="font-semibold underline" rel="nofollow noopener ugc">
            {outcome.title}
          </a>
        ) : (
          <span className="font-semibold">{outcome.title}</span>
        )}
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[outcome.status]}`}>
          {OUTCOME_STATUSES[outcome.status]}
        </span>
        {outcome.ticket != null && (
          <a href={ticketLink(outcome.ticket)} className="text-sm underline">
            Ticket #{outcome.ticket}
          </a>
        )}
        {outcome.firstContribution && (
          <span className="rounded bg-terracotta-700 px-2 py-0.5 text-xs font-semibold text-sand-50">
            First contribution
          </span>
        )}
      </p>
      {(outcome.area || people) && (
        <p className="text-sm text-sea-800 dark:text-sand-200">{[outcome.area, people].filter(Boolean).join(" · ")}</p>
      )}
    </div>
  );
}
