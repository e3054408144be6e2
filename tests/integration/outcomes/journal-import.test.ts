import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { decideJournalPost, importJournal, requestJournalRemoval } from "@/lib/features/journal/journal";
import { startFakeServices, mastodonStatus, type FakeServices } from "@/tests/fixtures/fake-services";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

let fake: FakeServices;
const organizer = { email: "organizer@example.org", name: null };
const clock = manualClock("2031-05-04T12:00:00Z");
const window = { from: new Date("2031-04-30T00:00:00Z"), to: new Date("2031-05-04T23:59:59Z") };

beforeAll(async () => {
  fake = await startFakeServices();
});
afterAll(() => fake.close());

/** 45 posts inside the window (two pages of 40), newest first, then older ones that end the walk. */
function timeline() {
  const inside = Array.from({ length: 45 }, (_, i) =>
    mastodonStatus(String(1000 - i), new Date(Date.UTC(2031, 4, 3, 20, 0) - i * 60 * 60_000).toISOString()),
  );
  const before = Array.from({ length: 50 }, (_, i) =>
    mastodonStatus(String(900 - i), new Date(Date.UTC(2031, 3, 20) - i * 60_000).toISOString()),
  );
  return [
    mastodonStatus("2000", "2031-05-06T10:00:00Z"), // after the window
    mastodonStatus("1999", "2031-05-03T21:00:00Z", {
      content:
        '<p>Hostile<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe></p>',
      media_attachments: [
        {
          type: "image",
          url: "https://files.example/a.jpg",
          preview_url: "https://files.example/a-small.jpg",
          description: "Three tables by the sea",
        },
        { type: "image", url: "javascript:alert(4)", preview_url: null, description: "bad" },
        { type: "video", url: "https://files.example/v.mp4", preview_url: null, description: "video" },
      ],
    }),
    mastodonStatus("1998", "2031-05-03T21:30:00Z", { reblog: { id: "1" } }),
    mastodonStatus("1997", "2031-05-03T21:40:00Z", { visibility: "unlisted" }),
    mastodonStatus("1996", "2031-05-03T21:50:00Z", {
      account: {
        username: "grace",
        acct: "grace@other.example",
        display_name: "",
        url: "https://other.example/@grace",
      },
    }),
    { id: "1995", created_at: "2031-05-03T21:55:00Z", nonsense: true },
    ...inside,
    ...before,
  ];
}

describe("importing the hashtag's journal from Mastodon", () => {
  it("pages through the window, keeps public originals only, sanitizes, and never imports twice", async () => {
    const edition = await anEdition();
    fake.timelines.set("djangoonthemed", timeline());
    const request = { instanceUrl: fake.url, hashtag: "DjangoOnTheMed", ...window };

    const first = await importJournal(organizer, edition.id, request, { clock });
    expect(first).toEqual({ ok: true, found: 47, added: 47 });
    expect(fake.requests.filter((r) => r.startsWith("GET /api/v1/timelines/tag/DjangoOnTheMed"))).toHaveLength(2);

    const hostile = await db().journalPost.findFirstOrThrow({ where: { remoteUri: { endsWith: "/1999" } } });
    expect(hostile.html).not.toMatch(/script|onerror|javascript:|iframe|<img|evil/);
    expect(hostile.status).toBe("review");
    expect(hostile.media).toEqual([
      {
        url: "https://files.example/a.jpg",
        previewUrl: "https://files.example/a-small.jpg",
        description: "Three tables by the sea",
      },
    ]);
    const remote = await db().journalPost.findFirstOrThrow({ where: { remoteUri: { endsWith: "/1996" } } });
    expect(remote).toMatchObject({
      authorName: "grace",
      authorHandle: "@grace@other.example",
      authorUrl: "https://other.example/@grace",
    });
    const local = await db().journalPost.findFirstOrThrow({ where: { remoteUri: { endsWith: "/1000" } } });
    expect(local.authorHandle).toBe("@ada@127.0.0.1");

    // Removed at the author's request: importing again does not bring it back.
    await decideJournalPost(organizer, hostile.id, "publish", clock);
    expect(await requestJournalRemoval(hostile.id, "It is mine", null, clock)).toBe("hidden");
    expect((await db().journalPost.findUniqueOrThrow({ where: { id: hostile.id } })).status).toBe("review");
    await decideJournalPost(organizer, hostile.id, "remove", clock);
    const again = await importJournal(organizer, edition.id, request, { clock });
    expect(again).toEqual({ ok: true, found: 47, added: 0 });
    const removed = await db().journalPost.findUniqueOrThrow({ where: { id: hostile.id } });
    expect(removed).toMatchObject({ status: "removed", html: "", authorName: "" });
    expect(await db().auditEntry.count({ where: { action: "journal.import" } })).toBe(2);

    // Asking again, or about a post that does not exist, changes nothing (and no page).
    expect(await requestJournalRemoval(hostile.id, "Again", null, clock)).toBe("unchanged");
    expect(await requestJournalRemoval("no-such-post", null, null, clock)).toBe("unchanged");
  });

  it("counts removal requests site-wide, and only those for a published post that exists", async () => {
    const edition = await anEdition();
    const post = (n: number, status: "published" | "review" = "published") => ({
      editionId: edition.id,
      remoteUri: `https://social.example/posts/${n}`,
      url: `https://social.example/@ada/${n}`,
      authorName: "Ada",
      authorHandle: "@ada@social.example",
      authorUrl: "https://social.example/@ada",
      html: "<p>Hello</p>",
      postedAt: clock.now(),
      importedAt: clock.now(),
      status,
      publishedAt: status === "published" ? clock.now() : null,
    });
    await db().journalPost.createMany({ data: [...Array.from({ length: 31 }, (_, n) => post(n)), post(99, "review")] });
    const posts = await db().journalPost.findMany({ where: { status: "published" }, select: { id: true } });
    const inReview = await db().journalPost.findFirstOrThrow({ where: { status: "review" } });
    // Asking about posts that are not there, or not on the page, spends nothing: it cannot
    // use up the hour's requests of the people whose post is.
    for (let i = 0; i < 40; i += 1)
      expect(await requestJournalRemoval(`unknown-${i}`, null, null, clock)).toBe("unchanged");
    expect(await requestJournalRemoval(inReview.id, null, null, clock)).toBe("unchanged");
    for (const [i, { id }] of posts.slice(0, 28).entries())
      expect(await requestJournalRemoval(id, null, i % 2 ? null : `198.51.100.${i}`, clock)).toBe("hidden");
    expect(await requestJournalRemoval(posts[28]!.id, null, "203.0.113.8", clock)).toBe("hidden");
    expect(await requestJournalRemoval(posts[29]!.id, null, null, clock)).toBe("hidden");
    // Thirty an hour in all, whatever address each came from.
    expect(await requestJournalRemoval(posts[30]!.id, null, "203.0.113.9", clock)).toBe("throttled");
    clock.advance(60 * 60_000);
    expect(await requestJournalRemoval(posts[30]!.id, null, null, clock)).toBe("hidden");
  });

  it("finds nothing for an unknown hashtag, and reports a server that is not there without importing anything", async () => {
    const edition = await anEdition();
    const unknownTag = await importJournal(
      organizer,
      edition.id,
      { instanceUrl: fake.url, hashtag: "NobodyUsesThis", ...window },
      { clock },
    );
    expect(unknownTag).toEqual({ ok: true, found: 0, added: 0 });
    const broken = await importJournal(
      organizer,
      edition.id,
      { instanceUrl: "http://127.0.0.1:1", hashtag: "x", ...window },
      { clock },
    );
    expect(broken).toMatchObject({ ok: false, problem: "unreadable", host: "127.0.0.1:1" });
    expect(await db().journalPost.count()).toBe(0);
  });
});
