import { notFound } from "next/navigation";
import { benchSubscribe } from "./actions";

type FormAction = (formData: FormData) => Promise<void>;

// Registers the baseline action with the build; the page exists only with BENCH_ROUTES=1.
export default function BenchSubscribePage() {
  if (process.env.BENCH_ROUTES !== "1") notFound();
  return (
    <main>
      <form action={benchSubscribe.bind(null, null) as unknown as FormAction}>
        <input name="email" aria-label="email" />
        <button type="submit">Subscribe</button>
      </form>
    </main>
  );
}
