import { NotOnTheMap } from "@/components/site/not-on-the-map";

// The last resort: unknown addresses get the site's own 404 (app/(site)/[...missing]) and the
// admin has its own. Every page's data carries this one as the root boundary, so it stays small.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-16">
      <NotOnTheMap />
    </main>
  );
}
