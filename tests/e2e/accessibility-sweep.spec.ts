import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { E2E_FAKE_SERVICES_PORT } from "../../playwright.config";
import { mastodonStatus, startFakeServices, type FakeServices } from "../fixtures/fake-services";
import { pageRoutes } from "../fixtures/page-routes";
import { signInAsOrganizer } from "./support/admin";
import { proposeToHost } from "./support/host";
import { followEmailLink, openEmail } from "./support/mailbox";
import { expectSweptClean } from "./support/sweep-checks";

// One sweep over every page route, at 320 CSS px (WCAG 2.2, 1.4.10 Reflow): no sideways scroll,
// wide tables in their own focusable, labelled scroll box, no axe violations, one h1 and no
// skipped heading level. The routes come from the app's files, so a new page cannot slip past.

type Role = "visitor" | "organizer";
type Found = Record<string, string>; // what the flows below create, by name
type Visit = { role: Role; path: (found: Found) => string; status?: number };

const visitor = (path: string | ((found: Found) => string)): Visit => ({
  role: "visitor",
  path: typeof path === "string" ? () => path : path,
});
const organizer = (path: string | ((found: Found) => string)): Visit => ({
  role: "organizer",
  path: typeof path === "string" ? () => path : path,
});

/** Each route, with the addresses that fill its parameters (from the seed and the flows below). */
const SWEPT: Record<string, Record<string, Visit>> = {
  "/": { "/": visitor("/") },
  "/about": { "/about": visitor("/about") },
  // The working link's page is swept in tests/e2e/room-shares.spec.ts, which writes a message.
  "/room-shares/report/[token]": {
    "/room-shares/report/<a link that does not work>": visitor(`/room-shares/report/${"A".repeat(43)}`),
  },
  // The working link's page is swept in tests/e2e/feedback-survey.spec.ts, which answers it.
  "/survey/[token]": { "/survey/<a link that does not work>": visitor(`/survey/${"A".repeat(43)}`) },
  "/code-of-conduct": { "/code-of-conduct": visitor("/code-of-conduct") },
  "/editions": { "/editions": visitor("/editions") },
  "/editions/[slug]": {
    "/editions/sample": visitor("/editions/sample"),
    "/editions/palafrugell": visitor("/editions/palafrugell"),
    "/editions/atlantis (no such edition)": { ...visitor("/editions/atlantis"), status: 404 },
  },
  "/editions/[slug]/impact": {
    "/editions/sample/impact": visitor("/editions/sample/impact"),
    "/editions/palafrugell/impact": visitor("/editions/palafrugell/impact"),
  },
  "/editions/[slug]/report": { "/editions/sample/report": visitor("/editions/sample/report") },
  "/editions/[slug]/register": { "/editions/sample/register": visitor("/editions/sample/register") },
  "/editions/[slug]/preview": { "/editions/<draft>/preview": organizer((f) => `/editions/${f.draftSlug}/preview`) },
  "/editions/[slug]/journal/[postId]/removal": {
    "/editions/sample/journal/<post>/removal": visitor((f) => f.removalPage!),
  },
  "/host": { "/host": visitor("/host") },
  "/impact": { "/impact": visitor("/impact") },
  "/privacy": { "/privacy": visitor("/privacy") },
  "/[...missing]": { "/no-such-page (the site's 404)": { ...visitor("/no-such-page"), status: 404 } },
  "/newsletter": { "/newsletter": visitor("/newsletter") },
  "/newsletter/archive": { "/newsletter/archive": visitor("/newsletter/archive") },
  "/newsletter/archive/[slug]": { "/newsletter/archive/<sent announcement>": visitor((f) => f.archivePage!) },
  "/newsletter/confirm/[token]": {
    "/newsletter/confirm/<token> (from the email)": visitor((f) => f.newsletterConfirm!),
  },
  "/newsletter/unsubscribe-page/[token]": {
    "/newsletter/unsubscribe/<token> (from the announcement)": visitor((f) => f.unsubscribe!),
  },
  "/newsletter/privacy": { "/newsletter/privacy": visitor("/newsletter/privacy") },
  "/newsletter/privacy/[token]": { "/newsletter/privacy/<token> (from the email)": visitor((f) => f.privacyConfirm!) },
  "/newsletter/privacy/done": { "/newsletter/privacy/done": visitor("/newsletter/privacy/done") },
  "/registrations/confirm/[token]": {
    "/registrations/confirm/<token> (from the email)": visitor((f) => f.registrationConfirm!),
  },
  // A certificate's page is swept, with its holder's content, in tests/e2e/certificates.spec.ts,
  // which ends an edition and downloads one; here, the answer to an address that is none.
  "/certificates/[id]": {
    "/certificates/<no such certificate>": visitor(`/certificates/${"a".repeat(26)}`),
  },
  "/registrations/manage/[token]": { "/registrations/manage/<token> (from the email)": visitor((f) => f.manage!) },
  "/registrations/manage/[token]/board": {
    "/registrations/manage/<token>/board (with a ticket)": visitor((f) => `${f.manage}/board`),
  },
  "/dev/mailbox": { "/dev/mailbox": visitor("/dev/mailbox") },
  "/dev/mailbox/[id]": { "/dev/mailbox/<message>": visitor((f) => f.mailboxMessage!) },
  "/admin/sign-in": { "/admin/sign-in": visitor("/admin/sign-in") },
  "/admin/sign-in/check-email": { "/admin/sign-in/check-email": visitor("/admin/sign-in/check-email") },
  "/admin/sign-in/confirm": {
    "/admin/sign-in/confirm": visitor("/admin/sign-in/confirm?email=organizer%40example.org"),
  },
  "/admin/sign-in/problem": { "/admin/sign-in/problem": visitor("/admin/sign-in/problem?error=Verification") },
  "/admin": { "/admin": organizer("/admin") },
  "/admin/announcements": { "/admin/announcements": organizer("/admin/announcements") },
  "/admin/announcements/new": { "/admin/announcements/new": organizer("/admin/announcements/new") },
  "/admin/announcements/[id]": { "/admin/announcements/<sent>": organizer((f) => f.announcement!) },
  "/admin/audit": { "/admin/audit": organizer("/admin/audit") },
  "/admin/mail": { "/admin/mail": organizer("/admin/mail") },
  "/admin/editions": { "/admin/editions": organizer("/admin/editions") },
  "/admin/editions/new": { "/admin/editions/new": organizer("/admin/editions/new") },
  "/admin/editions/[id]": { "/admin/editions/<sample>": organizer((f) => f.sampleAdmin!) },
  "/admin/editions/[id]/survey": { "/admin/editions/<sample>/survey": organizer((f) => `${f.sampleAdmin}/survey`) },
  // A first-come edition's (the sample's); tests/e2e/applications.spec.ts sweeps it with applications.
  "/admin/editions/[id]/applications": {
    "/admin/editions/<sample>/applications": organizer((f) => `${f.sampleAdmin}/applications`),
  },
  // With requests, it is swept in tests/e2e/travel-grants.spec.ts.
  "/admin/editions/[id]/grants": { "/admin/editions/<sample>/grants": organizer((f) => `${f.sampleAdmin}/grants`) },
  "/admin/editions/[id]/visa-letters": {
    "/admin/editions/<sample>/visa-letters": organizer((f) => `${f.sampleAdmin}/visa-letters`),
  },
  "/admin/editions/[id]/catering": {
    "/admin/editions/<sample>/catering": organizer((f) => `${f.sampleAdmin}/catering`),
  },
  "/admin/editions/[id]/check-in": {
    "/admin/editions/<sample>/check-in": organizer((f) => `${f.sampleAdmin}/check-in`),
  },
  "/admin/editions/[id]/journal": {
    "/admin/editions/<sample>/journal": organizer((f) => `${f.sampleAdmin}/journal`),
  },
  "/admin/editions/[id]/outcomes": {
    "/admin/editions/<sample>/outcomes": organizer((f) => `${f.sampleAdmin}/outcomes`),
  },
  "/admin/editions/[id]/room-shares": {
    "/admin/editions/<sample>/room-shares": organizer((f) => `${f.sampleAdmin}/room-shares`),
  },
  "/admin/editions/[id]/board": {
    "/admin/editions/<sample>/board": organizer((f) => `${f.sampleAdmin}/board`),
  },
  "/admin/editions/[id]/board/tables": {
    "/admin/editions/<sample>/board/tables": organizer((f) => `${f.sampleAdmin}/board/tables`),
  },
  "/admin/editions/[id]/board/print": {
    "/admin/editions/<sample>/board/print": organizer((f) => `${f.sampleAdmin}/board/print`),
  },
  "/admin/editions/[id]/tables": {
    "/admin/editions/<sample>/tables": organizer((f) => `${f.sampleAdmin}/tables`),
  },
  "/admin/editions/[id]/tables/cards": {
    "/admin/editions/<sample>/tables/cards": organizer((f) => `${f.sampleAdmin}/tables/cards`),
  },
  "/admin/editions/[id]/tables/readiness": {
    "/admin/editions/<sample>/tables/readiness": organizer((f) => `${f.sampleAdmin}/tables/readiness`),
  },
  "/admin/editions/[id]/registrations": {
    "/admin/editions/<sample>/registrations": organizer((f) => `${f.sampleAdmin}/registrations`),
  },
  "/admin/editions/[id]/registrations/[registrationId]": {
    "/admin/editions/<sample>/registrations/<person>": organizer((f) => f.registrationAdmin!),
  },
  "/admin/editions/[id]/registrations/email": {
    "/admin/editions/<sample>/registrations/email": organizer((f) => `${f.sampleAdmin}/registrations/email`),
  },
  "/admin/organizers": { "/admin/organizers": organizer("/admin/organizers") },
  "/admin/proposals": { "/admin/proposals": organizer("/admin/proposals") },
  "/admin/proposals/[id]": { "/admin/proposals/<proposal>": organizer((f) => f.proposal!) },
  "/admin/settings": { "/admin/settings": organizer("/admin/settings") },
  "/admin/subscribers": { "/admin/subscribers": organizer("/admin/subscribers") },
};

/** Routes the sweep leaves out, each with its reason (none today: every page is swept). */
const LEFT_OUT: Record<string, string> = {};

const WIDTH = 320;
const run = Math.random().toString(36).slice(2, 8); // a worker restarted after a failure makes its own people
const found: Found = {};
const sweeper = () => `sweep-${run}@example.org`;
const journalPost = () => `Three tables by the sea (${run})`;
const sweepTicket = 39000 + Math.floor(Math.random() * 900);
const contexts = {} as Record<Role, BrowserContext>;
let fake: FakeServices;

/** Runs the flows that make the personal and data-dependent pages exist, noting their addresses. */
async function createWhatPagesNeed(browser: Browser) {
  const started = Date.now();
  fake = await startFakeServices(E2E_FAKE_SERVICES_PORT);
  const post = journalPost();
  fake.timelines.set("sweep", [
    mastodonStatus(String(Date.now()), "2031-05-02T09:30:00Z", { content: `<p>${post}</p>` }),
  ]);
  for (const role of ["visitor", "organizer"] as const)
    contexts[role] = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const page = await contexts.visitor.newPage();
  const admin = await contexts.organizer.newPage();
  await signInAsOrganizer(admin);

  // A registration, confirmed from its email; the manage link from the next one.
  const person = sweeper();
  await page.goto("/editions/sample/register");
  const form = page.getByRole("main");
  await form.getByLabel("Your name").fill(`Sweep Person ${run}`);
  await form.getByLabel("Email").fill(person);
  await form.getByLabel("City you come from").fill("Pula");
  await form.getByLabel("Country").fill("Croatia");
  await page.getByRole("radio", { name: "This would be my first contribution" }).check();
  await page.getByRole("checkbox", { name: "Show my name, city and interests on the public attendee list." }).check();
  await page.getByRole("checkbox", { name: /I have read and accept the code of conduct/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
  await openEmail(page, person, /Confirm your registration/);
  found.mailboxMessage = new URL(page.url()).pathname;
  await followEmailLink(page, "Confirm my registration");
  await expect(page).toHaveURL(/\/registrations\/confirm\//);
  found.registrationConfirm = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're in!");
  await openEmail(page, person, /You're in/);
  await followEmailLink(page, /\/registrations\/manage\//);
  await expect(page).toHaveURL(/\/registrations\/manage\//);
  found.manage = new URL(page.url()).pathname;

  // A subscriber, and a data request from the privacy page.
  const reader = person; // one address for everything, so that one erasure removes it all
  await page.goto("/newsletter");
  await page.getByRole("main").getByLabel("Email").fill(reader);
  await page.getByRole("main").getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Check your inbox");
  await openEmail(page, reader, /Confirm your subscription/);
  await followEmailLink(page, "Confirm my subscription");
  await expect(page).toHaveURL(/\/newsletter\/confirm\//);
  found.newsletterConfirm = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're subscribed");
  await page.goto("/newsletter/privacy");
  await page.getByRole("main").getByLabel("Email", { exact: true }).fill(reader);
  await page.getByRole("main").getByRole("radio", { name: "Email me a copy of my data" }).check();
  await page.getByRole("main").getByRole("button", { name: "Send me the confirmation link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("We have emailed");
  await openEmail(page, reader, /Your data at Django on the Med: confirm the request/);
  await followEmailLink(page, "Email me my data");
  await expect(page).toHaveURL(/\/newsletter\/privacy\/(?!done)[^/]+$/);
  found.privacyConfirm = new URL(page.url()).pathname;

  // An announcement sent to the subscribers: its admin page, its archive page, its unsubscribe link.
  const subject = `Sweep ${run}: registration is open`;
  await admin.goto("/admin/announcements/new");
  await admin.getByLabel("Subject").fill(subject);
  await admin.getByLabel("Message").fill("Registration is **open**.");
  await admin.getByRole("button", { name: "Save draft and preview" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(subject);
  found.announcement = new URL(admin.url()).pathname;
  await admin.getByRole("button", { name: "Send a test to me" }).click();
  await expect(admin.getByText("Test sent to organizer@example.org.")).toBeVisible();
  await admin.getByRole("checkbox", { name: "I have checked the preview and the test email." }).check();
  await admin.getByRole("button", { name: /^Send to \d+ subscribers?$/ }).click();
  const archiveLink = admin.getByRole("link", { name: "See it in the public archive" });
  await expect(archiveLink).toBeVisible();
  found.archivePage = (await archiveLink.getAttribute("href"))!;
  await openEmail(page, reader, new RegExp(subject));
  found.unsubscribe = new URL(
    (await page
      .getByRole("region", { name: "HTML part" })
      .locator('a[href*="/newsletter/unsubscribe/"]')
      .first()
      .getAttribute("href"))!,
  ).pathname;

  // A proposal to host, accepted as a draft edition (for its preview).
  await proposeToHost(page, { city: `Sweepton ${run}`, email: `host-${run}@example.org` });
  await admin.goto("/admin/proposals");
  await admin.getByRole("link", { name: `Sweepton ${run}, Croatia` }).click();
  await expect(admin).toHaveURL(/\/admin\/proposals\/[^/]+$/);
  found.proposal = new URL(admin.url()).pathname;
  await admin.getByRole("radio", { name: "Accepted" }).check();
  await admin.getByRole("button", { name: "Save review" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await admin.reload();
  await admin.getByRole("button", { name: "Create a draft edition" }).click();
  await expect(admin).toHaveURL(/\/admin\/editions\/[^/]+$/);
  found.draftSlug = /\/editions\/([^/]+)\/preview$/.exec(
    (await admin.getByRole("link", { name: "Preview the public page" }).getAttribute("href"))!,
  )![1]!;

  // The sample edition's admin pages, the person's page there, and a journal post published from Mastodon.
  await admin.goto("/admin/editions");
  await admin
    .getByRole("listitem")
    .filter({ hasText: "Sample edition: Django on the Med at Sample Bay" })
    .getByRole("link", { name: "Registrations" })
    .click();
  await expect(admin).toHaveURL(/\/admin\/editions\/[^/]+\/registrations$/);
  found.sampleAdmin = new URL(admin.url()).pathname.replace(/\/registrations$/, "");
  await admin.getByRole("link", { name: `Sweep Person ${run}` }).click();
  await expect(admin).toHaveURL(/\/registrations\/[^/]+$/);
  found.registrationAdmin = new URL(admin.url()).pathname;
  // A ticket on the sample's board, claimed by the sweep's person (removed with its claim afterwards).
  fake.tracTickets.set(sweepTicket, {
    summary: `Sweep ticket ${run}`,
    status: "new",
    has_patch: "1",
    needs_better_patch: "0",
    stage: "Accepted",
    component: "Documentation",
  });
  await admin.goto(`${found.sampleAdmin}/board`);
  await admin.getByLabel("Tickets, one a line").fill(`#${sweepTicket}`);
  await admin.getByRole("button", { name: "Add to the board" }).click();
  await expect(admin.getByText(/^Added 1 ticket;/)).toBeVisible();
  await page.goto(`${found.manage}/board`);
  await page.getByRole("button", { name: `Claim #${sweepTicket}` }).click();
  await expect(page.getByText(/^Claimed by you,/)).toBeVisible();
  await admin.goto(`${found.sampleAdmin}/journal`);
  await admin.getByLabel("Mastodon server").fill(fake.url);
  await admin.getByLabel("Hashtag").fill("#sweep");
  await admin.getByRole("button", { name: "Import posts for review" }).click();
  await admin
    .getByRole("listitem")
    .filter({ hasText: post })
    .getByRole("button", { name: /^Publish .*'s post$/ })
    .click();
  await expect(admin.getByText("Published on the edition page.")).toBeVisible();
  await page.goto("/editions/sample");
  await page
    .getByRole("region", { name: "Journal" })
    .getByRole("link", { name: "Ask us to remove this post" })
    .first()
    .click();
  await expect(page).toHaveURL(/\/removal$/);
  found.removalPage = new URL(page.url()).pathname;
  await page.close();
  await admin.close();
  console.log(`The sweep's flows took ${((Date.now() - started) / 1000).toFixed(1)} s of their 240 s budget.`);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000); // the flows above, once; a ceiling against hangs, about three times their length
  await createWhatPagesNeed(browser);
});
/**
 * Leaves the site as the sweep found it for the specs after it: the journal post removed for
 * good, and the sweep's person erased (registration, subscription, their mail) through the
 * privacy page, as a person would.
 */
async function removeWhatPagesNeeded() {
  const admin = await contexts.organizer.newPage();
  await admin.goto(`${found.sampleAdmin}/board`);
  const ticket = admin.getByRole("listitem").filter({ hasText: `Sweep ticket ${run}` });
  await ticket.locator("summary", { hasText: `Remove #${sweepTicket}` }).click();
  await ticket.getByRole("checkbox", { name: /^Remove #/ }).check();
  await ticket.getByRole("button", { name: `Remove #${sweepTicket}` }).click();
  await expect(ticket).toHaveCount(0);
  await admin.goto(`${found.sampleAdmin}/journal`);
  const item = admin.getByRole("listitem").filter({ hasText: journalPost() });
  await item.getByRole("button", { name: "Remove for good" }).click();
  await expect(item).toHaveCount(0);
  const page = await contexts.visitor.newPage();
  await page.goto("/newsletter/privacy");
  await page.getByRole("main").getByLabel("Email", { exact: true }).fill(sweeper());
  await page.getByRole("main").getByRole("radio", { name: "Erase my data" }).check();
  await page.getByRole("main").getByRole("button", { name: "Send me the confirmation link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("We have emailed");
  await openEmail(page, sweeper(), /Erase your data at Django on the Med: confirm the request/);
  await followEmailLink(page, "Review and erase my data");
  await page.getByRole("button", { name: "Erase everything" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is erased");
}

test.afterAll(async () => {
  test.setTimeout(120_000); // a few flows; a ceiling against hangs
  try {
    if (found.sampleAdmin) await removeWhatPagesNeeded();
  } finally {
    await Promise.all(Object.values(contexts).map((context) => context.close()));
    await fake?.close();
  }
});

test("every page route is swept, or named here with the reason it is left out", () => {
  const routes = pageRoutes();
  const unaccounted = routes.filter((route) => !(route in SWEPT) && !(route in LEFT_OUT));
  const stale = [...Object.keys(SWEPT), ...Object.keys(LEFT_OUT)].filter((route) => !routes.includes(route));
  expect({ unaccounted, stale }).toEqual({ unaccounted: [], stale: [] });
  for (const [route, reason] of Object.entries(LEFT_OUT)) console.log(`left out: ${route}: ${reason}`);
});

for (const [route, visits] of Object.entries(SWEPT)) {
  for (const [label, visit] of Object.entries(visits)) {
    test(`${label} (${route}, ${visit.role}, ${WIDTH} px)`, async () => {
      const page = await contexts[visit.role].newPage();
      try {
        const response = await page.goto(visit.path(found));
        expect(response?.status(), "the page answers").toBe(visit.status ?? 200);
        await expectSweptClean(page, WIDTH);
      } finally {
        await page.close();
      }
    });
  }
}
