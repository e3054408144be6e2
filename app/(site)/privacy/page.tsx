import type { Metadata } from "next";
import Link from "next/link";
import { getSiteSettings } from "@/lib/features/site";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return { title: "Privacy", description: `What ${siteSettings.name} stores about you, why, and for how long.` };
}

export default async function PrivacyPage() {
  const siteSettings = await getSiteSettings();
  return (
    <article className="prose-med mx-auto max-w-3xl">
      <PageHeading>Privacy</PageHeading>
      <p>We keep as little as we can, only to run the sprint, and we never sell or share it for marketing.</p>
      <h2>When you register</h2>
      <ul>
        <li>
          <strong>Name and email address</strong>: to confirm your place and write to you about this edition.
        </li>
        <li>
          <strong>City, country, affiliation, experience, interests and what you hope to work on</strong>: to plan the
          tables and match people with tickets.
        </li>
        <li>
          <strong>Days, dietary requirements and accessibility needs</strong>: shared only with the caterer and the
          venue, as totals where possible.
        </li>
        <li>
          <strong>The public attendee list</strong> shows your name, city and interests only if you ticked the box, and
          you can untick it at any time through the link in our emails.
        </li>
      </ul>
      <h2>Emails</h2>
      <p>
        Each message we send is stored until it is delivered and then deleted after 30 days. A message that could not be
        delivered keeps its text for 7 days, so that we can send it again, and then only who it was for, its subject and
        why it failed, until it is deleted with the rest. Every email has a link to see, change or cancel your
        registration.
      </p>
      <h2>The newsletter</h2>
      <p>
        If you subscribe, we store your address, the name you give (if any) and a record of your consent: the wording
        you agreed to, where and when you asked, and when you confirmed. An address that is never confirmed is forgotten
        after a week. Unsubscribing takes one click from any announcement.
      </p>
      <h2>Sharing a room</h2>
      <p>
        On an edition&apos;s room-share board, the other attendees on it see your first name, your nights, whether you
        have a room or look for one, and your note. A message you write through the board reaches its recipient with
        your address, so they can answer you directly. We keep the message for 30 days after it is sent, so that its
        recipient can report it, and then delete it. A recipient can stop someone writing to them; that person is not
        told.
      </p>
      <p>
        A reported message is the one exception to erasure: for moderation (keeping the sprint safe for everyone), we
        keep a copy holding only its text, its sender&apos;s first name and the report, for 90 days after the report,
        even if either person has their data erased meanwhile. Organizers read it to decide what to do, and may remove
        its sender from the board, telling them by email.
      </p>
      <h2>The feedback survey</h2>
      <p>
        The morning after an edition, everyone checked in gets one email with a personal survey link. Your answer is
        stored without your registration, your link or the time of day (only the date), so it identifies nobody, and we
        keep it as part of the edition&apos;s record; the link only remembers that it was used. If you choose to add
        your name, the answer keeps your name and is erased with your registration. Organizers see the answers once
        three people have answered, and may publish average ratings and the response rate once five have.
      </p>
      <h2>Travel grants</h2>
      <p>
        When an edition offers travel grants, you may ask for one with an amount and a few words on why. Only the
        edition&apos;s organizers see your request; it is never public. Your reason is stored encrypted and opened only
        on the organizers&apos; page; it is never written to the audit log or put in an email, not even in the copy of
        your data we email you. We keep the amount, the decision and the date a grant was paid. Cancelling your
        registration withdraws an undecided request; erasing your data deletes it with your registration. Six months
        after the edition ends, every request is deleted: only the edition&apos;s totals stay (how many asked, how many
        were granted, the euros granted and paid), with no names, for its sponsor report, shown only after the edition
        has ended and only with at least 5 grants.
      </p>
      <h2>Invitation letters for a visa</h2>
      <p>
        If you ask for an invitation letter, we store what the letter needs: your full name as in your passport, your
        nationality, your passport number, your date of birth, the consulate it is for and the dates of your stay. Your
        passport number and date of birth are stored encrypted; only organizers see them, on the page where they approve
        letters, and they are decrypted only there and to make your letter. The letter itself is never stored: it is
        made each time you download it from your registration page. The email telling you it is ready holds no personal
        details, only a link to that page, and the record of the approval names neither you nor your passport.
      </p>
      <p>
        Everything you gave for the letter is deleted 30 days after the edition ends, or at once if you cancel your
        registration, lose your place or have your data erased. A copy of your data includes your request, but not your
        passport number or date of birth: that copy travels by email, where they must never be.
      </p>
      <h2>How long we keep it</h2>
      <p>
        Registrations for an edition are kept for a year after it ends, so organizers can report what the edition
        achieved, then deleted. Unconfirmed registrations lapse after two days. A certificate of attendance you download
        keeps what it printed (your name, the days you were checked in, the work credited to you) for 5 years after it
        was issued, so that anyone you show it to can check it; its page shows your first name only. Erasing your data
        withdraws it at once. Travel grant requests are deleted 6 months after the edition ends.
      </p>
      <h2>Your rights</h2>
      <p>
        <Link href="/newsletter/privacy">Get a copy of everything we store about your address, or have it erased</Link>:
        we email you a link to confirm, and it is done as soon as you press it. For anything else, write to{" "}
        <a href={`mailto:${siteSettings.contactEmail}`}>{siteSettings.contactEmail}</a>; we answer within a month.
      </p>
      <h2>No tracking</h2>
      <p>This site sets no advertising or analytics cookies and loads nothing from other sites.</p>
    </article>
  );
}
