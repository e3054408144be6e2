import { SignInForm } from "./sign-in-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <PageHeading>Organizer sign-in</PageHeading>
      <p>Enter your address and we will email you a link to sign in. No password needed.</p>
      <SignInForm />
    </>
  );
}
