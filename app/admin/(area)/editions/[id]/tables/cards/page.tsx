import Link from "next/link";
import { notFound } from "next/navigation";
import { dayPlan } from "@/lib/features/tables/reads";
import { INTERESTS } from "@/lib/features/registration";
import { PageHeading } from "@/components/ui/page-heading";
import { editionDays, organizerEdition } from "../../organizer-edition";

export const metadata = { title: "Table cards" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string }> };

/** One card per person (name, table, areas) to print and put on the tables: print CSS, no controls. */
export default async function TableCardsPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const { days, day } = editionDays(edition, (await searchParams).day);
  const plan = await dayPlan(id, day);
  if (!plan) notFound();
  return (
    <div className="space-y-6 print:space-y-0">
      <p className="print:hidden">
        <Link className="underline" href={`/admin/editions/${id}/tables?day=${day}`}>
          ← Tables
        </Link>{" "}
        · Print this page from your browser&apos;s print menu: one card per person.
      </p>
      <PageHeading size="compact" className="print:sr-only">
        Table cards: {edition.city}, {days[day]}
      </PageHeading>
      <ul className="grid gap-4 sm:grid-cols-2 print:grid-cols-2 print:gap-0">
        {plan.tables.flatMap((table) =>
          table.people.map((person) => (
            <li
              key={person.id}
              className="break-inside-avoid rounded-xl border-2 border-sea-950 bg-white p-6 text-center text-sea-950 print:rounded-none print:border print:p-10"
            >
              <p className="text-3xl font-bold">{person.name}</p>
              <p className="mt-2 text-xl">{table.name}</p>
              <p className="mt-1">
                {person.interests.map((value) => INTERESTS[value as keyof typeof INTERESTS] ?? value).join(" · ")}
              </p>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
