import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Organizer sign-in</h1>
      <p>Enter your address and we will email you a link to sign in. No password needed.</p>
      <SignInForm />
    </>
  );
}
