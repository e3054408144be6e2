import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Sign in", referrer: "no-referrer" as const };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/**
 * Where the emailed link lands. Opening it signs nobody in (mail scanners open links): the
 * button sends the link's values on to next-auth's callback, which spends the token.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const email = one(params.email);
  return (
    <>
      <PageHeading>Sign in</PageHeading>
      <p>
        {email ? (
          <>
            Sign in as <strong>{email}</strong>?
          </>
        ) : (
          "Sign in to the admin?"
        )}
      </p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="callbackUrl" value={one(params.callbackUrl) || "/admin"} />
        <input type="hidden" name="token" value={one(params.token)} />
        <input type="hidden" name="email" value={email} />
        <button type="submit" className="rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-sand-50 hover:bg-sea-800">
          Sign in
        </button>
      </form>
    </>
  );
}
