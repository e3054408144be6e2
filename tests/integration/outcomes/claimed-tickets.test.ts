import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { githubIssueReference } from "@/lib/features/outcomes/claimed-tickets";
import { decideOwnPullRequest } from "@/lib/features/outcomes/decide-own-pull-request";
import { decidePullRequests } from "@/lib/features/outcomes/decide-pull-requests";
import { discoverPullRequests } from "@/lib/features/outcomes/discover-pull-requests";
import { personalData } from "@/lib/features/privacy/export-personal-data";
import { searchItem, startFakeServices, type FakeServices } from "@/tests/fixtures/fake-services";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

let fake: FakeServices;
const organizer = { email: "organizer@example.org", name: null };
const DAY = "2031-05-01";

beforeAll(async () => {
  fake = await startFakeServices();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.searchable.length = 0;
  fake.searchWindow = null;
});

/** An edition (1–3 May 2031) on one table, with a board: two Trac tickets and a GitHub issue. */
async function sprintWithBoard() {
  const edition = await anEdition();
  await db().edition.update({
    where: { id: edition.id },
    data: { tableCount: 1, outcomeRepositories: ["django/django", "django/djangoproject.com"] },
  });
  const ada = await anAttendee(edition.id, "Ada Lovelace", { publicListing: true });
  await db().registration.update({ where: { id: ada.id }, data: { githubUsername: "ada-l" } });
  const bea = await anAttendee(edition.id, "Bea Rossi", { publicListing: true });
  const carl = await anAttendee(edition.id, "Carl Bianchi");
  // Dora comes on the second day only: she is not at the table on the first.
  const dora = await anAttendee(edition.id, "Dora Verdi", { publicListing: true });
  await db().registration.update({ where: { id: dora.id }, data: { days: ["2031-05-02"] } });
  const now = new Date("2031-04-20T09:00:00Z");
  const ticket = (number: number, source: "trac" | "github" = "trac", repository = "") =>
    db().boardTicket.create({
      data: { editionId: edition.id, source, repository, number, summary: `Ticket ${number}`, createdAt: now },
    });
  const [personal, table, unclaimed, issue] = await Promise.all([
    ticket(5500),
    ticket(5600),
    ticket(5700),
    ticket(42, "github", "django/djangoproject.com"),
  ]);
  const claim = (ticketId: string, registrationId: string, onTable: number | null) =>
    db().ticketClaim.create({
      data: { ticketId, editionId: edition.id, registrationId, day: DAY, table: onTable, createdAt: now },
    });
  await claim(personal.id, bea.id, null);
  await claim(table.id, ada.id, 0);
  await claim(issue.id, carl.id, null);
  return { edition, ada, bea, carl, dora, unclaimed };
}

const options = (clock = manualClock("2031-05-10T12:00:00Z")) => ({
  clock,
  services: { githubApiUrl: fake.url, githubToken: undefined },
});

const proposalFor = (url: string) => db().pullRequestProposal.findFirstOrThrow({ where: { url } });
const creditedOn = async (url: string) =>
  (
    await db().outcome.findFirstOrThrow({
      where: { url },
      select: { contributors: { select: { registration: { select: { name: true } } } } },
    })
  ).contributors
    .map((c) => c.registration.name)
    .sort();

describe("a claim leads to an outcome", () => {
  it("links each found pull request to the claim on the ticket it names, and only those", async () => {
    const { edition } = await sprintWithBoard();
    fake.searchable.push(
      searchItem("django/django", 101, "ada-l", "2031-05-01T10:00:00Z", "Fixed #5500 -- Made the cache honour it."),
      searchItem("django/django", 102, "ada-l", "2031-05-01T11:00:00Z", "Refs #5600 -- Added a test."),
      searchItem("django/django", 103, "ada-l", "2031-05-01T12:00:00Z", "Fixed #9999 -- Not on the board."),
      searchItem("django/djangoproject.com", 7, "ada-l", "2031-05-02T09:00:00Z", "Fixes #42: the footer link"),
      // Issue 42 of another repository is not the board's.
      searchItem("django/django", 104, "ada-l", "2031-05-02T09:00:00Z", "Fixes #42 in the docs"),
    );
    expect(await discoverPullRequests(edition.id, options())).toMatchObject({ proposed: 5, linkedToClaims: 3 });
    const linked = await db().pullRequestProposal.findMany({
      select: { url: true, claim: { select: { ticket: { select: { number: true } } } } },
      orderBy: { url: "asc" },
    });
    expect(linked.map((p) => [p.url.replace("https://github.com/", ""), p.claim?.ticket.number ?? null])).toEqual([
      ["django/django/pull/101", 5500],
      ["django/django/pull/102", 5600],
      ["django/django/pull/103", null],
      ["django/django/pull/104", null],
      ["django/djangoproject.com/pull/7", 42],
    ]);
    // A person's data export holds what they claimed.
    const [bea] = (await personalData("bea.rossi@example.org")).registrations;
    expect(bea!.ticketClaims).toEqual([
      expect.objectContaining({ day: DAY, table: null, ticket: expect.objectContaining({ number: 5500 }) }),
    ]);
  });

  it("credits the claimant of a personal claim, and the ticked people at the table for a table's", async () => {
    const { edition, ada, carl, dora } = await sprintWithBoard();
    fake.searchable.push(
      searchItem("django/django", 101, "ada-l", "2031-05-01T10:00:00Z", "Fixed #5500 -- Made the cache honour it."),
      searchItem("django/django", 102, "ada-l", "2031-05-01T11:00:00Z", "Refs #5600 -- Added a test."),
      searchItem("django/django", 103, "ada-l", "2031-05-01T12:00:00Z", "Fixed #9999 -- Not on the board."),
    );
    const clock = manualClock("2031-05-10T12:00:00Z");
    await discoverPullRequests(edition.id, options(clock));
    const personal = await proposalFor("https://github.com/django/django/pull/101");
    const table = await proposalFor("https://github.com/django/django/pull/102");
    const plain = await proposalFor("https://github.com/django/django/pull/103");

    // Ada found her pull request on Bea's claimed ticket: adding it credits Bea too.
    expect(await decideOwnPullRequest(ada.token, personal.id, "accept", clock)).toEqual({ ok: true });
    expect(await creditedOn(personal.url)).toEqual(["Ada Lovelace", "Bea Rossi"]);

    // On her table's ticket she ticks Carl, and Dora, who was not at the table that day: only Carl counts.
    expect(await decideOwnPullRequest(ada.token, table.id, "accept", clock, [carl.id, dora.id])).toEqual({ ok: true });
    expect(await creditedOn(table.url)).toEqual(["Ada Lovelace", "Carl Bianchi"]);

    // With no claim, ticks credit nobody else.
    expect(await decideOwnPullRequest(ada.token, plain.id, "accept", clock, [carl.id])).toEqual({ ok: true });
    expect(await creditedOn(plain.url)).toEqual(["Ada Lovelace"]);
  });

  it("lets organizers tick who at the table worked on each, several pull requests at once", async () => {
    const { edition, bea, carl } = await sprintWithBoard();
    fake.searchable.push(
      searchItem("django/django", 102, "ada-l", "2031-05-01T11:00:00Z", "Refs #5600 -- Added a test."),
      searchItem("django/django", 105, "ada-l", "2031-05-01T13:00:00Z", "Fixed #5600 -- Fixed it."),
    );
    const clock = manualClock("2031-05-10T12:00:00Z");
    await discoverPullRequests(edition.id, options(clock));
    const first = await proposalFor("https://github.com/django/django/pull/102");
    const second = await proposalFor("https://github.com/django/django/pull/105");
    const worked = [`${first.id}:${bea.id}`, `${second.id}:${carl.id}`, `${second.id}:${bea.id}`];
    expect(await decidePullRequests(organizer, edition.id, [first.id, second.id], "accept", clock, worked)).toBe(2);
    expect(await creditedOn(first.url)).toEqual(["Ada Lovelace", "Bea Rossi"]);
    expect(await creditedOn(second.url)).toEqual(["Ada Lovelace", "Bea Rossi", "Carl Bianchi"]);
  });

  it("links a claim made after the pull request was found on the next run; a released claim links nothing", async () => {
    const { edition, bea, unclaimed } = await sprintWithBoard();
    await db().ticketClaim.deleteMany({ where: { ticket: { number: 5500 } } });
    fake.searchable.push(
      searchItem("django/django", 101, "ada-l", "2031-05-01T10:00:00Z", "Fixed #5500 -- Made the cache honour it."),
      searchItem("django/django", 106, "ada-l", "2031-05-01T10:00:00Z", "Fixed #5700 -- Claimed later."),
    );
    const clock = manualClock("2031-05-10T12:00:00Z");
    expect(await discoverPullRequests(edition.id, options(clock))).toMatchObject({ proposed: 2, linkedToClaims: 0 });
    await db().ticketClaim.create({
      data: { ticketId: unclaimed.id, editionId: edition.id, registrationId: bea.id, day: DAY, createdAt: clock.now() },
    });
    clock.advance(7 * 60 * 60_000);
    expect(await discoverPullRequests(edition.id, options(clock))).toMatchObject({ proposed: 0, linkedToClaims: 1 });
    expect((await proposalFor("https://github.com/django/django/pull/106")).claimId).not.toBeNull();
    expect((await proposalFor("https://github.com/django/django/pull/101")).claimId).toBeNull();
  });
});

describe("the GitHub issue a pull request closes", () => {
  it("reads GitHub's closing keywords, and never a Trac reference", () => {
    expect(githubIssueReference("Fixes #42: the footer link")).toBe(42);
    expect(githubIssueReference("Update footer (closes #7)")).toBe(7);
    expect(githubIssueReference("Resolved: #9 typo")).toBe(9);
    expect(githubIssueReference("Fixed #5500 -- Made the cache honour it.")).toBeNull();
    expect(githubIssueReference("Prefixes #42 in the docs")).toBeNull();
    expect(githubIssueReference("Mentions #42")).toBeNull();
  });
});
