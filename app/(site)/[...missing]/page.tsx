import { notFound } from "next/navigation";

// Any address no other route matches gets the site's 404 inside the site's layout. Rendered per
// request: a cached page per mistyped address would let anyone fill the cache.
export const dynamic = "force-dynamic";

export default function NoSuchPage(): never {
  notFound();
}
