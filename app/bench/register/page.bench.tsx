import { notFound } from "next/navigation";
import { benchSubscribe } from "../subscribe/actions";
import { benchConfirm, benchRegister } from "./actions";

type FormAction = (formData: FormData) => Promise<void>;

// Registers the baseline actions with the build (they are called on this page's address); the
// page itself exists only with BENCH_ROUTES=1.
export default function BenchRegisterPage() {
  if (process.env.BENCH_ROUTES !== "1") notFound();
  return (
    <main>
      <form action={benchRegister.bind(null, null) as unknown as FormAction}>
        <input name="name" aria-label="name" />
        <input name="email" aria-label="email" />
        <button type="submit">Register</button>
      </form>
      <form action={benchConfirm.bind(null, "") as unknown as FormAction}>
        <button type="submit">Confirm</button>
      </form>
      <form action={benchSubscribe.bind(null, null) as unknown as FormAction}>
        <input name="email" aria-label="subscriber email" />
        <button type="submit">Subscribe</button>
      </form>
    </main>
  );
}
