import Link from "next/link";
import { Markdown } from "@/components/ui/markdown";
import { editionFormValues } from "@/lib/features/editions/reads";
import { deleteSampleEditionAction, saveEditionAction, setPublishedAction } from "../actions";
import { DeleteSampleForm } from "../delete-sample-form";
import { EditionForm } from "../edition-form";
import { PublishForm } from "../publish-form";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { organizerEdition } from "./organizer-edition";
import { GRANT_PROBLEMS } from "@/lib/features/travel-grants";
import { grantSealingAvailable } from "@/lib/features/travel-grants/reads";

export const metadata = { title: "Edit edition" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditEditionPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const created = Boolean((await searchParams).created);
  return (
    <div className="max-w-4xl space-y-8">
      <BackLink href="/admin/editions">Editions</BackLink>
      <PageHeading>{edition.name}</PageHeading>
      {edition.isSample && <DeleteSampleForm action={deleteSampleEditionAction.bind(null, id)} />}
      {created && (
        <p role="status" className="font-medium">
          Created. Publish it when it is ready.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4 rounded-xl bg-sand-100 p-4 text-sea-950">
        <span>{edition.published ? "Published" : "Not published: only organizers can see it."}</span>
        <PublishForm action={setPublishedAction.bind(null, id, !edition.published)} published={edition.published} />
        {edition.published ? (
          <Link className="underline" href={`/editions/${edition.slug}`}>
            See the public page
          </Link>
        ) : (
          <Link className="underline" href={`/editions/${edition.slug}/preview`}>
            Preview the public page
          </Link>
        )}
        <Link className="underline" href={`/admin/editions/${id}/registrations`}>
          Registrations
        </Link>
        {edition.selection === "by_application" && (
          <Link className="underline" href={`/admin/editions/${id}/applications`}>
            Applications
          </Link>
        )}
        <Link className="underline" href={`/admin/editions/${id}/tables`}>
          Tables
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/board`}>
          Ticket board
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/room-shares`}>
          Room shares
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/outcomes`}>
          Outcomes
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/journal`}>
          Journal
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/survey`}>
          Survey
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/grants`}>
          Travel grants
        </Link>
        <Link className="underline" href={`/admin/editions/${id}/visa-letters`}>
          Visa letters
        </Link>
      </div>
      {!grantSealingAvailable() && <p>{GRANT_PROBLEMS["no-key"]}</p>}
      <EditionForm
        action={saveEditionAction.bind(null, id)}
        initial={editionFormValues(edition)}
        sponsorSlots={edition.sponsors.length + 2}
        submitLabel="Save changes"
      />
      <section aria-labelledby="preview" className="space-y-3">
        <h2 id="preview" className="text-xl font-semibold">
          Preview of the saved texts
        </h2>
        <div className="space-y-4 rounded-xl border border-sand-200 bg-white p-6 text-sea-950">
          <Markdown source={edition.description} />
          <Markdown source={edition.schedule} />
          <Markdown source={edition.travelNotes} />
          <Markdown source={edition.accommodationNotes} />
        </div>
      </section>
    </div>
  );
}
