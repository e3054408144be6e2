"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/fields";
import { EmailSchema } from "@/lib/platform/validation/email";

/**
 * next-auth's email sign-in needs its CSRF token, which its client fetches: this form needs
 * JavaScript (the admin is for organizers on current browsers; the public site does not), and
 * it is not a server action's form: its one field is given to the UI kit's TextField by hand.
 */
export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = EmailSchema.safeParse(new FormData(event.currentTarget).get("email"));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      setMessage("Please correct the highlighted field.");
      return;
    }
    setError(undefined);
    setPending(true);
    setMessage("Sending your link…");
    const result = await signIn("email", { email: parsed.data, redirect: false, callbackUrl: "/admin" });
    setPending(false);
    if (result?.ok) {
      router.push("/admin/sign-in/check-email");
    } else {
      setMessage("We could not send the link just now. Please try again in a minute.");
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-terracotta-700 dark:text-sun-300">
        {message}
      </p>
      <TextField
        field={{ name: "email", required: true, errors: error ? [error] : undefined }}
        type="email"
        label="Email"
        autoComplete="email"
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-sand-50 hover:bg-sea-800 disabled:opacity-70"
      >
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
