import type { GrantTotals } from "@/lib/features/travel-grants";

const euros = (amount: number) => `${amount.toLocaleString("en-GB")} €`;

/** The sponsor report's travel grants: totals only, never a name. */
export function GrantTotalsSection({ grants }: { grants: { shown: true; totals: GrantTotals } | { shown: false } }) {
  if (!grants.shown)
    return (
      <section aria-labelledby="travel-grants" className="space-y-2 print:break-inside-avoid">
        <h2 id="travel-grants" className="text-2xl font-semibold">
          Travel grants
        </h2>
        <p>Fewer than 5 grants: not shown, so that nobody&apos;s amount can be told.</p>
      </section>
    );
  const { totals } = grants;
  return (
    <section aria-labelledby="travel-grants" className="space-y-2 print:break-inside-avoid">
      <h2 id="travel-grants" className="text-2xl font-semibold">
        Travel grants
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium">Requests</dt>
        <dd>{totals.requests}</dd>
        <dt className="font-medium">Granted</dt>
        <dd>{totals.granted}</dd>
        <dt className="font-medium">Euros granted</dt>
        <dd>{euros(totals.eurosGranted)}</dd>
        <dt className="font-medium">Euros paid</dt>
        <dd>{euros(totals.eurosPaid)}</dd>
      </dl>
    </section>
  );
}
