import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { MoveForm } from "@/components/sprint/move-form";
import { TablesForm } from "@/components/sprint/tables-form";
import { confirmedPeople } from "@/lib/features/editions/reads";
import { dayPlan } from "@/lib/features/tables/reads";
import { defaultTableCount } from "@/lib/features/tables";
import { EXPERIENCE, INTERESTS } from "@/lib/features/registration";
import { lockTablePlanAction, moveToTableAction, saveTablesAction } from "./actions";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { DayLinks } from "@/components/admin/day-links";
import { editionDays, organizerEdition } from "../organizer-edition";

export const metadata = { title: "Tables" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string }> };

const experience = (value: string) => EXPERIENCE[value as keyof typeof EXPERIENCE] ?? value;
const areas = (values: string[]) =>
  values.map((value) => INTERESTS[value as keyof typeof INTERESTS] ?? value).join(", ") || "no area chosen";

/** The sprint's tables, day by day: the suggested plan, moves, locking, and table cards to print. */
export default async function TablesPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const { days, day } = editionDays(edition, (await searchParams).day);
  const [plan, confirmed] = await Promise.all([dayPlan(id, day), confirmedPeople(id)]);
  if (!plan) notFound();
  const names = plan.tables.map((table) => table.name);
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/editions/${id}`}>{edition.name}</BackLink>
      <PageHeading>Tables: {edition.city}</PageHeading>
      <p>
        Every table should have someone who contributes regularly or is on a Django team; sizes and first-time
        contributors are spread evenly, newcomers still setting up sit with someone who can help them, and people who
        share an area sit together where that allows. The plan is the same on every reload. Your moves stay, and the
        suggestion places everyone else around them to keep the tables balanced; lock the day to keep everyone where
        they are.
      </p>
      <TablesForm
        action={saveTablesAction.bind(null, id)}
        initial={{ count: edition.tableCount?.toString() ?? "", names: edition.tableNames.join(", ") }}
        suggested={defaultTableCount(confirmed.length)}
      />
      <DayLinks days={days} current={day} path={`/admin/editions/${id}/tables`} />
      <h2 className="text-2xl font-semibold">
        {days[day]}: {plan.locked ? "locked" : "suggested"}
      </h2>
      {plan.withoutExperienced.length > 0 && (
        <p role="status" className="font-medium text-terracotta-700 dark:text-sun-300">
          Too few people who contribute regularly or are on a Django team for every table: nobody like that at{" "}
          {plan.withoutExperienced.map((index) => names[index]).join(", ")}.
        </p>
      )}
      <div className="flex flex-wrap items-start gap-4">
        <ActionButton
          action={lockTablePlanAction.bind(null, id, day, !plan.locked)}
          label={plan.locked ? "Unlock this day's plan" : "Lock this day's plan"}
          pendingLabel="Saving…"
        />
        <Link className="underline" href={`/admin/editions/${id}/tables/cards?day=${day}`}>
          Print table cards
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/tables/readiness?day=${day}`}>
          Ready to sprint: each table&apos;s set-up checklists
        </Link>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {plan.tables.map((table) => (
          <section
            key={table.index}
            aria-labelledby={`table-${table.index}`}
            className="space-y-3 rounded-xl border border-sand-200 p-4"
          >
            <h3 id={`table-${table.index}`} className="text-xl font-semibold">
              {table.name} ({table.people.length})
            </h3>
            {table.people.length === 0 ? (
              <p>Nobody yet.</p>
            ) : (
              <ul className="space-y-3">
                {table.people.map((person) => (
                  <li key={person.id} className="space-y-1 border-t border-sand-200 pt-2">
                    <p>
                      <span className="font-medium">{person.name}</span>
                      {person.fixed && !plan.locked && <span className="text-sm"> · placed by an organizer</span>}
                      <span className="block text-sm">
                        {experience(person.experience)} · {areas(person.interests)}
                      </span>
                    </p>
                    <MoveForm
                      action={moveToTableAction.bind(null, id, day, person.id)}
                      id={`move-${person.id}`}
                      person={person.name}
                      current={table.index}
                      tables={names}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
