import { notFound } from "next/navigation";
import { journalPostForRemoval } from "@/lib/features/journal/reads";
import { requestRemovalAction } from "./actions";
import { RemovalForm } from "./removal-form";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Remove a journal post", robots: { index: false } };

type Props = { params: Promise<{ slug: string; postId: string }> };

/** Anyone can ask: the post is hidden at once, and an organizer removes it for good. */
export default async function RemovalPage({ params }: Props) {
  const { slug, postId } = await params;
  const post = await journalPostForRemoval(postId);
  if (!post || post.edition.slug !== slug) notFound();
  return (
    <div className="space-y-6">
      <BackLink href={`/editions/${slug}#journal`}>{post.edition.name}</BackLink>
      <PageHeading>Remove a journal post</PageHeading>
      <p className="max-w-2xl">
        The post by {post.authorName} ({post.authorHandle}) is shown in the journal of {post.edition.name}. If it is
        yours, or should not be here, ask us to remove it: it disappears from the page at once.
      </p>
      {post.removalRequestedAt ? (
        <p role="status">
          Removal has been requested: the post is hidden from the journal until the organizers remove it for good.
        </p>
      ) : (
        <RemovalForm action={requestRemovalAction.bind(null, post.id)} />
      )}
    </div>
  );
}
