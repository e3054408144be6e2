import { notFound } from "next/navigation";

// The baseline for `npm run bench:pages`: a static page (rendered at build, no data, no client
// code of ours). It exists only in a build made with BENCH_ROUTES=1.
export const dynamic = "force-static";

export default function BareStaticPage() {
  if (process.env.BENCH_ROUTES !== "1") notFound();
  return (
    <main>
      <h1>Django on the Med</h1>
      <p>Three mornings of Django sprinting by the Mediterranean, off-season.</p>
    </main>
  );
}
