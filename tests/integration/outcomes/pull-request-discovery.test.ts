import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { decideOwnPullRequest } from "@/lib/features/outcomes/decide-own-pull-request";
import { decidePullRequests } from "@/lib/features/outcomes/decide-pull-requests";
import { personalData } from "@/lib/features/privacy/export-personal-data";
import { discoverDuePullRequests, discoverPullRequests } from "@/lib/features/outcomes/discover-pull-requests";
import { searchItem, startFakeServices, type FakeServices } from "@/tests/fixtures/fake-services";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

let fake: FakeServices;
const organizer = { email: "organizer@example.org", name: null };

beforeAll(async () => {
  fake = await startFakeServices();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.searchable.length = 0;
  fake.requests.length = 0;
  fake.githubRateLimited = false;
  fake.githubRateLimitReset = null;
  fake.searchWindow = null;
});

async function attendeeWithGitHub(editionId: string, name: string, username: string) {
  const attendee = await anAttendee(editionId, name);
  await db().registration.update({ where: { id: attendee.id }, data: { githubUsername: username } });
  return attendee;
}

describe("pull requests found, not typed", () => {
  it("proposes the pull requests an attendee opened during the edition and 14 days after, once each", async () => {
    const clock = manualClock("2031-05-10T12:00:00Z");
    const options = { clock, services: { githubApiUrl: fake.url, githubToken: undefined } };
    const edition = await anEdition(); // 1–3 May 2031
    const ada = await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    await anAttendee(edition.id, "Grace"); // no username: nobody searches for her
    fake.searchable.push(
      searchItem("django/django", 101, "ada-l", "2031-05-02T09:00:00Z", "Fixed #5500 -- Made the cache honour it."),
      searchItem("django/django", 102, "Ada-L", "2031-05-16T20:00:00Z"),
      searchItem("django/django", 103, "ada-l", "2031-04-20T09:00:00Z"), // before the edition
      searchItem("django/django", 104, "ada-l", "2031-05-18T09:00:00Z"), // more than 14 days after
    );

    expect(await discoverPullRequests(edition.id, options)).toEqual({
      searched: 1,
      found: 2,
      proposed: 2,
      linkedToClaims: 0,
      rateLimited: null,
      waiting: 0,
      resumesAt: null,
      clashes: [],
      problems: [],
    });
    // Only the public query left the site: the username, the repository and the dates.
    expect(fake.requests).toEqual([
      `GET /search/issues?q=${encodeURIComponent("is:pr author:ada-l repo:django/django created:2031-05-01..2031-05-17")}&sort=created&order=asc&per_page=100&page=1`,
    ]);
    const proposals = await db().pullRequestProposal.findMany({ orderBy: { url: "asc" } });
    expect(proposals.map((p) => [p.url, p.ticket, p.decision])).toEqual([
      ["https://github.com/django/django/pull/101", 5500, "pending"],
      ["https://github.com/django/django/pull/102", null, "pending"],
    ]);

    // Ada says the second was not from the sprint and adds the first; later runs propose neither again.
    const [first, second] = proposals;
    expect(await decideOwnPullRequest(ada.token, second!.id, "reject", clock)).toEqual({ ok: true });
    expect(await decideOwnPullRequest(ada.token, first!.id, "accept", clock)).toEqual({ ok: true });
    expect(await decideOwnPullRequest(ada.token, first!.id, "accept", clock)).toEqual({
      ok: false,
      problem: "proposal-decided",
    });
    const outcome = await db().outcome.findFirstOrThrow({ include: { contributors: true, statusChanges: true } });
    expect(outcome).toMatchObject({ kind: "pull_request", ticket: 5500, addedById: ada.id, status: "open" });
    expect(outcome.contributors.map((c) => c.registrationId)).toEqual([ada.id]);
    expect(outcome.statusChanges).toHaveLength(1);

    clock.advance(7 * 60 * 60_000);
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ found: 2, proposed: 0 });
    expect(await db().pullRequestProposal.count()).toBe(2);

    // The privacy export holds the username and what was found under it.
    const [registration] = (await personalData("ada@example.org")).registrations;
    expect(registration).toMatchObject({ githubUsername: "ada-l" });
    expect(registration!.pullRequestProposals.map((p) => [p.url, p.decision])).toEqual(
      expect.arrayContaining([
        ["https://github.com/django/django/pull/101", "accepted"],
        ["https://github.com/django/django/pull/102", "rejected"],
      ]),
    );
  });

  it("lets another attendee's link decide nothing, and organizers accept several at once", async () => {
    const clock = manualClock("2031-05-10T12:00:00Z");
    const options = { clock, services: { githubApiUrl: fake.url, githubToken: undefined } };
    const edition = await anEdition();
    await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    const grace = await attendeeWithGitHub(edition.id, "Grace", "grace-h");
    fake.searchable.push(
      searchItem("django/django", 201, "ada-l", "2031-05-02T09:00:00Z"),
      searchItem("django/django", 202, "ada-l", "2031-05-03T09:00:00Z"),
    );
    await discoverPullRequests(edition.id, options);
    const ids = (await db().pullRequestProposal.findMany({ select: { id: true } })).map((p) => p.id);
    expect(await decideOwnPullRequest(grace.token, ids[0]!, "accept", clock)).toEqual({
      ok: false,
      problem: "not-yours",
    });
    expect(await decidePullRequests(organizer, edition.id, ids, "accept", clock)).toBe(2);
    expect(await db().outcome.count({ where: { addedById: null, kind: "pull_request" } })).toBe(2);
    expect((await db().auditEntry.findFirstOrThrow()).action).toBe("pull-requests.accept");
  });

  it("pauses when GitHub's rate limit is used up, says so, and the schedule waits", async () => {
    const clock = manualClock("2031-05-10T12:00:00Z");
    const options = { clock, services: { githubApiUrl: fake.url, githubToken: undefined } };
    const edition = await anEdition();
    await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    fake.githubRateLimited = true;
    fake.githubRateLimitReset = new Date("2031-05-10T13:00:00Z");
    const report = await discoverPullRequests(edition.id, options);
    expect(report.rateLimited).toMatch(/^GitHub's rate limit is used up until 13:00 UTC/);
    expect(await db().edition.findUniqueOrThrow({ where: { id: edition.id } })).toMatchObject({
      pullRequestSearchProblem: report.rateLimited,
    });
    fake.requests.length = 0;
    expect(await discoverDuePullRequests(options)).toBe(0);
    expect(fake.requests).toEqual([]);
    // Once it resets, the schedule searches again.
    fake.githubRateLimited = false;
    clock.set("2031-05-10T13:00:01Z");
    await discoverDuePullRequests(options);
    expect(fake.requests).toHaveLength(1);
  });
});
