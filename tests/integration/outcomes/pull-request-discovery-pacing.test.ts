import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { searchState } from "@/lib/features/outcomes/reads/pull-request-proposals";
import { discoverDuePullRequests, discoverPullRequests } from "@/lib/features/outcomes/discover-pull-requests";
import { settleGitHubClash } from "@/lib/features/outcomes/settle-github-clash";
import { searchItem, startFakeServices, type FakeServices } from "@/tests/fixtures/fake-services";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

// GitHub's search answers 10 requests a minute without a token: the fake keeps that limit on the
// test's clock, so these tests move the clock between runs instead of waiting.
let fake: FakeServices;
const organizer = { email: "organizer@example.org", name: null };

beforeAll(async () => {
  fake = await startFakeServices();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.searchable.length = 0;
  fake.requests.length = 0;
  fake.searchWindow = null;
  fake.searchIncomplete = false;
});

async function attendeeWithGitHub(editionId: string, name: string, username: string) {
  const attendee = await anAttendee(editionId, name);
  await db().registration.update({ where: { id: attendee.id }, data: { githubUsername: username } });
  return attendee;
}

function setUp() {
  const clock = manualClock("2031-05-10T12:00:00Z");
  fake.clock = clock;
  return { clock, options: { clock, services: { githubApiUrl: fake.url, githubToken: undefined } } };
}

const searches = () => fake.requests.filter((request) => request.startsWith("GET /search/issues"));

describe("pull request discovery at GitHub's pace", () => {
  it("searches an edition of 30 attendees within three runs, a minute apart, each where the last stopped", async () => {
    const { clock, options } = setUp();
    const edition = await anEdition();
    for (let n = 1; n <= 30; n += 1) {
      await attendeeWithGitHub(edition.id, `Person ${n}`, `person-${n}`);
      fake.searchable.push(searchItem("django/django", 1000 + n, `person-${n}`, "2031-05-02T09:00:00Z"));
    }

    const first = await discoverPullRequests(edition.id, options);
    expect(first).toMatchObject({ searched: 10, proposed: 10, waiting: 20, rateLimited: null });
    expect(first.resumesAt).toEqual(new Date("2031-05-10T12:01:00Z"));
    // It stopped before GitHub had to refuse anything.
    expect(searches()).toHaveLength(10);
    expect(await searchState(edition.id)).toMatchObject({ stillToSearch: 20, pullRequestSearchProblem: null });

    // The schedule picks the rest up once the minute is over, not before.
    clock.advance(30_000);
    expect(await discoverDuePullRequests(options)).toBe(0);
    expect(searches()).toHaveLength(10);
    clock.advance(30_000);
    expect(await discoverDuePullRequests(options)).toBe(10);
    clock.advance(60_000);
    expect(await discoverDuePullRequests(options)).toBe(10);

    expect(await db().pullRequestProposal.count({ where: { editionId: edition.id } })).toBe(30);
    expect(new Set(searches()).size).toBe(30);
    expect(fake.searchWindow?.used).toBeLessThanOrEqual(10);
    const searched = await db().edition.findUniqueOrThrow({ where: { id: edition.id } });
    expect(searched).toMatchObject({ pullRequestsSearchedAt: clock.now(), pullRequestSearchPausedUntil: null });

    // The next round starts with whoever was searched longest ago.
    clock.advance(7 * 60 * 60_000);
    const late = await attendeeWithGitHub(edition.id, "Late Comer", "late-comer");
    fake.requests.length = 0;
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ searched: 10, waiting: 21 });
    expect(searches()[0]).toContain(encodeURIComponent("author:late-comer "));
    expect(
      searches()
        .slice(1)
        .map((request) => /author%3A(person-\d+)/.exec(request)?.[1]),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `person-${n}`));
    expect(await db().registration.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({
      githubSearchedAt: clock.now(),
    });
  });

  it("with a token, searches thirty attendees in one run: GitHub allows 30 a minute then", async () => {
    const { clock } = setUp();
    const edition = await anEdition();
    for (let n = 1; n <= 31; n += 1) await attendeeWithGitHub(edition.id, `Person ${n}`, `person-${n}`);
    const options = { clock, services: { githubApiUrl: fake.url, githubToken: "a-read-only-token" } };
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ searched: 30, waiting: 1 });
    expect(searches()).toHaveLength(30);
  });

  it("follows every page of one person's results, resuming on the page where the limit stopped it", async () => {
    const { clock, options } = setUp();
    const edition = await anEdition();
    await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    for (let n = 1; n <= 250; n += 1)
      fake.searchable.push(
        searchItem("django/django", 5000 + n, "ada-l", new Date(Date.UTC(2031, 4, 1, 0, n)).toISOString()),
      );
    // Someone else spent eight of this minute's ten searches: GitHub's headers say so.
    fake.searchWindow = { endsAt: clock.now().getTime() + 60_000, used: 8 };

    expect(await discoverPullRequests(edition.id, options)).toMatchObject({
      searched: 0,
      found: 200,
      proposed: 200,
      waiting: 1,
      rateLimited: null,
    });
    expect(searches().map((request) => new URL(request.slice(4), "http://x").searchParams.get("page"))).toEqual([
      "1",
      "2",
    ]);
    clock.advance(60_000);
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ searched: 1, proposed: 50, waiting: 0 });
    expect(searches().at(-1)).toMatch(/&page=3$/);
    expect(await db().pullRequestProposal.count({ where: { editionId: edition.id } })).toBe(250);
  });

  it("proposes only pull requests in the edition's repositories", async () => {
    const { options } = setUp();
    const edition = await anEdition();
    await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    fake.searchable.push(
      searchItem("django/django", 301, "ada-l", "2031-05-02T09:00:00Z"),
      searchItem("ada-l/dotfiles", 302, "ada-l", "2031-05-02T10:00:00Z"),
    );
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ found: 1, proposed: 1 });
    expect((await db().pullRequestProposal.findMany()).map((p) => p.url)).toEqual([
      "https://github.com/django/django/pull/301",
    ]);
  });

  it("says when GitHub's search gave up early, and searches that person again first", async () => {
    const { clock, options } = setUp();
    const edition = await anEdition();
    const ada = await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    fake.searchable.push(searchItem("django/django", 401, "ada-l", "2031-05-02T09:00:00Z"));
    fake.searchIncomplete = true;
    const report = await discoverPullRequests(edition.id, options);
    expect(report).toMatchObject({ searched: 0, proposed: 1 });
    expect(report.problems).toEqual([expect.stringMatching(/ada-l.*incomplete/i)]);
    expect(await db().registration.findUniqueOrThrow({ where: { id: ada.id } })).toMatchObject({
      githubSearchedAt: null,
    });
    fake.searchIncomplete = false;
    clock.advance(60_000);
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ searched: 1, problems: [] });
  });

  it("proposes nothing automatically for a username that two registrations gave, and shows organizers the clash", async () => {
    const { options } = setUp();
    const edition = await anEdition();
    const ada = await attendeeWithGitHub(edition.id, "Ada", "ada-l");
    await attendeeWithGitHub(edition.id, "Grace", "grace-h");
    fake.searchable.push(
      searchItem("django/django", 501, "ada-l", "2031-05-02T09:00:00Z"),
      searchItem("django/django", 502, "grace-h", "2031-05-02T09:00:00Z"),
    );
    expect(await discoverPullRequests(edition.id, options)).toMatchObject({ proposed: 2, clashes: [] });

    // Someone else registers with Ada's username: what was waiting for Ada is withdrawn, and
    // neither of them is searched until organizers decide.
    await attendeeWithGitHub(edition.id, "Not Ada", "Ada-L");
    fake.searchable.push(searchItem("django/django", 503, "ada-l", "2031-05-03T09:00:00Z"));
    fake.requests.length = 0;
    const report = await discoverPullRequests(edition.id, { ...options, clock: manualClock("2031-05-10T19:00:00Z") });
    expect(report).toMatchObject({ searched: 1, proposed: 0, clashes: ["ada-l"] });
    expect(searches().some((request) => /author%3Aada-l/i.test(request))).toBe(false);
    expect(await db().pullRequestProposal.count({ where: { registrationId: ada.id } })).toBe(0);
    expect((await db().pullRequestProposal.findMany()).map((p) => p.url)).toEqual([
      "https://github.com/django/django/pull/502",
    ]);

    // Organizers see who gave it, and decide it is Ada's: the search takes her up again.
    const state = await searchState(edition.id);
    expect(state.clashes.map((clash) => [clash.username, clash.holders.map((holder) => holder.name)])).toEqual([
      ["ada-l", ["Ada", "Not Ada"]],
    ]);
    expect(state.stillToSearch).toBe(0);
    expect(await settleGitHubClash(organizer, edition.id, ada.id)).toEqual({
      ok: true,
      username: "ada-l",
      name: "Ada",
    });
    expect(await settleGitHubClash(organizer, edition.id, ada.id)).toEqual({ ok: false, problem: "not-a-clash" });
    expect((await db().auditEntry.findFirstOrThrow()).action).toBe("pull-requests.settle-username");
    expect((await searchState(edition.id)).clashes).toEqual([]);
    const settled = await discoverPullRequests(edition.id, { ...options, clock: manualClock("2031-05-11T02:00:00Z") });
    expect(settled).toMatchObject({ proposed: 2, clashes: [] });
    expect(await db().pullRequestProposal.count({ where: { registrationId: ada.id } })).toBe(2);
  });
});
