import { PrivacyRequestForm } from "./privacy-request-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Your data", robots: { index: false } };

export default function PrivacyRequestPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeading>Your data</PageHeading>
      <p>
        Ask for a copy of everything we store about your address (newsletter, registrations, the emails we sent), or ask
        us to erase it. We email the address a link to confirm, so only its owner can do either.
      </p>
      <PrivacyRequestForm />
    </div>
  );
}
