import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import {
  refreshDueOutcomes,
  refreshEditionOutcomes,
  resumeScheduledRefresh,
} from "@/lib/features/outcomes/refresh-outcome-statuses";
import { closedPort } from "@/tests/fixtures/ports";
import { startFakeServices, type FakeServices } from "@/tests/fixtures/fake-services";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

let fake: FakeServices;
const services = () => ({ githubApiUrl: fake.url, githubToken: undefined, tracUrl: `${fake.url}/trac` });
const clock = manualClock("2031-05-10T12:00:00Z");

beforeAll(async () => {
  fake = await startFakeServices();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.pulls.clear();
  fake.tickets.clear();
  fake.requests.length = 0;
  fake.githubRateLimited = false;
  resumeScheduledRefresh();
});

async function outcome(
  editionId: string,
  title: string,
  url: string | null,
  status: "open" | "merged" | "closed" | "done" = "open",
) {
  const at = new Date("2031-05-02T10:00:00Z");
  return db().outcome.create({
    data: {
      editionId,
      kind: url?.includes("ticket") ? "ticket" : "pull_request",
      title,
      url,
      status,
      createdAt: at,
      updatedAt: at,
    },
  });
}
const statusOf = async (title: string) =>
  db().outcome.findFirstOrThrow({
    where: { title },
    select: { status: true, statusCheckedAt: true, statusCheckError: true },
  });

describe("refreshing outcome statuses from GitHub and Trac", () => {
  it("reads pull requests and tickets, and reports what it could not read without stopping", async () => {
    const edition = await anEdition();
    fake.pulls.set("django/django#101", { state: "closed", merged_at: "2031-05-03T10:00:00Z" });
    fake.pulls.set("django/django#102", { state: "open", merged_at: null });
    fake.pulls.set("django/django#103", { state: "closed", merged_at: null });
    fake.tickets.set(35001, { status: "closed", resolution: "fixed" });
    fake.tickets.set(35002, { status: "closed", resolution: "wontfix" });
    fake.tickets.set(35003, { status: "assigned", resolution: "" });
    await outcome(edition.id, "merged PR", "https://github.com/django/django/pull/101");
    await outcome(edition.id, "open PR", "https://github.com/django/django/pull/102", "merged");
    await outcome(edition.id, "closed PR", "https://github.com/django/django/pull/103");
    await outcome(edition.id, "fixed ticket", "https://code.djangoproject.com/ticket/35001");
    await outcome(edition.id, "wontfix ticket", "https://code.djangoproject.com/ticket/35002");
    await outcome(edition.id, "assigned ticket", "https://code.djangoproject.com/ticket/35003");
    await outcome(edition.id, "missing PR", "https://github.com/django/django/pull/999");
    await outcome(edition.id, "a blog post", "https://blog.example.org/sprint", "done");

    const report = await refreshEditionOutcomes(edition.id, { clock, services: services() });

    expect(report).toMatchObject({ checked: 7, changed: 5, rateLimited: null });
    expect(report.problems).toEqual([
      { title: "missing PR", message: "GitHub has no pull request django/django#999." },
    ]);
    expect((await statusOf("merged PR")).status).toBe("merged");
    expect((await statusOf("open PR")).status).toBe("open");
    expect((await statusOf("closed PR")).status).toBe("closed");
    expect((await statusOf("fixed ticket")).status).toBe("done");
    expect((await statusOf("wontfix ticket")).status).toBe("closed");
    expect((await statusOf("assigned ticket")).status).toBe("open");
    expect(await statusOf("missing PR")).toMatchObject({
      status: "open",
      statusCheckError: "GitHub has no pull request django/django#999.",
    });
    expect(await statusOf("a blog post")).toMatchObject({ status: "done", statusCheckedAt: null });
    expect(fake.requests).toContain("GET /trac/ticket/35001?format=csv");
  });

  it("stops at GitHub's rate limit and says so; the scheduled refresh then waits", async () => {
    const edition = await anEdition();
    fake.githubRateLimited = true;
    await outcome(edition.id, "first", "https://github.com/django/django/pull/1");
    await outcome(edition.id, "second", "https://github.com/django/django/pull/2");
    const report = await refreshEditionOutcomes(edition.id, { clock, services: services() });
    expect(report.checked).toBe(0);
    expect(report.rateLimited).toMatch(/GitHub's rate limit is used up until \d\d:\d\d UTC; set GITHUB_TOKEN/);
    expect(fake.requests).toHaveLength(1);
    expect(await refreshDueOutcomes({ clock, services: services() })).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });

  it("reports a service that cannot be reached", async () => {
    const edition = await anEdition();
    await outcome(edition.id, "unreachable", "https://github.com/django/django/pull/5");
    const down = `http://127.0.0.1:${await closedPort()}`;
    const report = await refreshEditionOutcomes(edition.id, {
      clock,
      services: { githubApiUrl: down, githubToken: undefined, tracUrl: down },
    });
    expect(report.problems[0]!.message).toMatch(/^GitHub could not be reached/);
    expect((await statusOf("unreachable")).statusCheckError).toMatch(/^GitHub could not be reached/);
  });

  it("on schedule, refreshes open outcomes of editions that ran in the last weeks, about once a day", async () => {
    const running = await anEdition({ slug: "pescara" });
    const old = await db().edition.create({
      data: {
        slug: "palafrugell",
        name: "Palafrugell",
        city: "Palafrugell",
        country: "Spain",
        venueName: "V",
        venueAddress: "A",
        timeZone: "Europe/Madrid",
        startsOn: new Date("2029-09-27"),
        endsOn: new Date("2029-09-29"),
        capacity: 14,
        published: true,
      },
    });
    fake.pulls.set("django/django#7", { state: "closed", merged_at: "2031-05-09T00:00:00Z" });
    fake.pulls.set("django/django#8", { state: "open", merged_at: null });
    await outcome(running.id, "due", "https://github.com/django/django/pull/7");
    await outcome(running.id, "already merged", "https://github.com/django/django/pull/8", "merged");
    await outcome(old.id, "from an old edition", "https://github.com/django/django/pull/8");

    expect(await refreshDueOutcomes({ clock, services: services() })).toBe(1);
    expect((await statusOf("due")).status).toBe("merged");
    expect((await statusOf("from an old edition")).statusCheckedAt).toBeNull();

    await db().outcome.updateMany({ where: { title: "due" }, data: { status: "open" } });
    clock.advance(60 * 60_000);
    expect(await refreshDueOutcomes({ clock, services: services() })).toBe(0);
    clock.advance(24 * 60 * 60_000);
    expect(await refreshDueOutcomes({ clock, services: services() })).toBe(1);
  });
});
