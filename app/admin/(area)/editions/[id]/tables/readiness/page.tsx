import { notFound } from "next/navigation";
import { dayPlan, type SeatedPerson } from "@/lib/features/tables/reads";
import { isReady, VERDICT_LABELS } from "@/lib/features/registration";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { DayLinks } from "@/components/admin/day-links";
import { editionDays, organizerEdition } from "../../organizer-edition";

export const metadata = { title: "Ready to sprint" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string }> };

const COLUMNS = ["Person", "GitHub account", "Fork and clone", "Virtual environment", "Test suite", "Can help set up"];
const yes = (value: boolean) => (value ? "Yes" : "No");
const needsHelp = (person: SeatedPerson) => person.experience === "first" && !isReady(person.readiness);

/** "Ready to sprint" for organizers: each table of a day, with each person's set-up checklist. */
export default async function ReadinessGridPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const { days, day } = editionDays(edition, (await searchParams).day);
  const plan = await dayPlan(id, day);
  if (!plan) notFound();
  const people = plan.tables.flatMap((table) => table.people);
  const unhelped = plan.tables.flatMap((table) =>
    table.people.filter(
      (person) => needsHelp(person) && !table.people.some((other) => other !== person && other.canHelpSetUp),
    ),
  );
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/editions/${id}/tables?day=${day}`}>Tables</BackLink>
      <PageHeading>Ready to sprint: {edition.city}</PageHeading>
      <p>
        Each attendee&apos;s set-up checklist from their registration page, table by table as the plan now seats them.
        &ldquo;Ready&rdquo; means their pasted test run ended in OK. Newcomers who are not ready are seated with someone
        who offered to help others set up, where the plan&apos;s other rules allow.
      </p>
      <DayLinks days={days} current={day} path={`/admin/editions/${id}/tables/readiness`} />
      <h2 className="text-2xl font-semibold">
        {days[day]}: {people.filter((person) => isReady(person.readiness)).length} of {people.length} ready
      </h2>
      {unhelped.length > 0 && (
        <p className="font-medium text-terracotta-700 dark:text-sun-300">
          Newcomers not ready with nobody at their table who can help set up:{" "}
          {unhelped.map((person) => person.name).join(", ")}.
        </p>
      )}
      {plan.tables.map((table) => (
        <section key={table.index} aria-labelledby={`table-${table.index}`} className="space-y-2">
          <h3 id={`table-${table.index}`} className="text-xl font-semibold">
            {table.name}: {table.people.filter((person) => isReady(person.readiness)).length} of {table.people.length}{" "}
            ready
          </h3>
          {table.people.length === 0 ? (
            <p>Nobody at this table.</p>
          ) : (
            <DataTable
              label={`${table.name}, ${days[day]}`}
              className="min-w-[40rem] text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:pr-4"
              columns={COLUMNS}
              head="ruled"
            >
              <tbody>
                {table.people.map((person) => (
                  <tr key={person.id} className="border-b border-sand-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {person.name}
                      {person.experience === "first" && <span className="block font-normal">First contribution</span>}
                    </th>
                    <td>{yes(person.readiness.githubAccount)}</td>
                    <td>{yes(person.readiness.forkAndClone)}</td>
                    <td>{yes(person.readiness.virtualEnv)}</td>
                    <td>
                      <span className={isReady(person.readiness) ? "font-semibold" : undefined}>
                        {VERDICT_LABELS[person.readiness.testRun]}
                      </span>
                      {person.readiness.ranLine && <span className="block">{person.readiness.ranLine}</span>}
                    </td>
                    <td>{yes(person.canHelpSetUp)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>
      ))}
    </div>
  );
}
