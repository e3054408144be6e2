import { expect, test } from "@playwright/test";
import { signInAsOrganizer } from "./support/admin";
import { openEmail } from "./support/mailbox";
import { subscribeAndConfirm } from "./support/newsletter";
import { rawRequest } from "./support/raw-http";

const subject = "Pescara: registration is open";

test("an organizer sends an announcement; subscribers leave with one click, from their mail client or the page", async ({
  page,
  baseURL,
}) => {
  test.slow(); // a long flow on two cores: the budget is a ceiling against hangs
  await subscribeAndConfirm(page, "one@example.org", '=HYPERLINK("http://evil.example")');
  await subscribeAndConfirm(page, "two@example.org", "<script>alert(1)</script>");
  await signInAsOrganizer(page);

  await page.goto("/admin/announcements/new");
  await page.getByRole("button", { name: "Save draft and preview" }).click();
  await expect(page.getByText("Write a subject.")).toBeVisible();
  await page.getByLabel("Subject").fill(subject);
  await page
    .getByLabel("Message")
    .fill(
      "Registration for **Pescara** is open.\n\n<script>document.title='owned'</script>\n\n- Three mornings\n- Breakfast included",
    );
  await page.getByRole("button", { name: "Save draft and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("strong")).toHaveText("Pescara");
  await expect(preview.locator("script")).toHaveCount(0);
  const announcementUrl = page.url();

  await page.getByRole("button", { name: "Send a test to me" }).click();
  await expect(page.getByText("Test sent to organizer@example.org.")).toBeVisible();
  await page.getByRole("button", { name: "Send to 2 subscribers" }).click();
  await expect(page.getByText("Tick the box to confirm you have checked the preview.")).toBeVisible();
  await page.getByRole("checkbox", { name: "I have checked the preview and the test email." }).check();
  await page.getByRole("button", { name: "Send to 2 subscribers" }).click();
  await expect(page.getByText("Sent to 2 subscribers.")).toBeVisible();
  await page.goto(announcementUrl);
  await expect(page.getByRole("status")).toContainText("Sent to 2 subscribers.");
  await expect(page.getByRole("button", { name: /Send to/ })).toHaveCount(0);

  // Subscriber one's mail client: GET and HEAD change nothing; a bare POST unsubscribes, twice harmlessly.
  await openEmail(page, "one@example.org", new RegExp(subject));
  const unsubscribeUrl = await page
    .getByRole("region", { name: "HTML part" })
    .locator('a[href*="/newsletter/unsubscribe/"]')
    .first()
    .getAttribute("href");
  const localUrl = new URL(new URL(unsubscribeUrl!).pathname, baseURL).toString();
  expect((await rawRequest(localUrl, { method: "GET" })).status).toBe(200);
  expect((await rawRequest(localUrl, { method: "HEAD" })).status).toBe(200);
  await page.goto("/admin/subscribers");
  await expect(page.getByRole("main")).toContainText("2 subscribed");
  for (let i = 0; i < 2; i += 1) {
    const response = await rawRequest(localUrl, { body: "List-Unsubscribe=One-Click" });
    expect([response.status, response.headers.location, response.body]).toEqual([
      200,
      undefined,
      "You are unsubscribed. You will receive no more announcements.\n",
    ]);
  }

  // Subscriber two follows the link in the email and presses the button.
  await openEmail(page, "two@example.org", new RegExp(subject));
  await page.getByRole("region", { name: "HTML part" }).locator('a[href*="/newsletter/unsubscribe/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unsubscribe");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You’re unsubscribed");
  await expect(page.getByRole("link", { name: "Subscribe again" })).toHaveAttribute("href", "/newsletter");

  // The admin sees both gone; attendee-typed names stay inert in the page and in the CSV.
  await page.goto("/admin/subscribers");
  await expect(page.getByRole("main")).toContainText("0 subscribed · 0 waiting to confirm · 2 unsubscribed");
  await expect(page.getByRole("cell", { name: "<script>alert(1)</script>" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await download).createReadStream();
  let text = "";
  for await (const chunk of csv) text += chunk;
  expect(text).toContain(`one@example.org,"'=HYPERLINK(""http://evil.example"")",unsubscribed`);
  expect(text).toContain("two@example.org,<script>alert(1)</script>,unsubscribed");

  // The archive and the feed have it.
  await page.goto("/newsletter/archive");
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  const feed = await (await page.request.get("/newsletter/feed.xml")).text();
  expect(feed).toContain(`<title type="html"><![CDATA[${subject}]]></title>`);
});
