import { expect, type Page } from "@playwright/test";

/** The dev mailbox's rows for the messages to `recipient` whose subject matches, newest first. */
const messageRows = (page: Page, recipient: string, subject: RegExp) =>
  page
    .getByRole("listitem")
    .filter({ hasText: `to ${recipient}` })
    .filter({ hasText: subject });

/** Opens the newest dev-mailbox message to `recipient` whose subject matches, waiting for delivery. */
export async function openEmail(page: Page, recipient: string, subject: RegExp) {
  await page.goto("/dev/mailbox");
  const row = messageRows(page, recipient, subject).first();
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
}

/**
 * The dev-mailbox addresses of the messages to `recipient` whose subject matches, newest first.
 * An address names one message for good; a count would not, as the list shows only the newest hundred.
 */
export async function emailAddresses(page: Page, recipient: string, subject: RegExp): Promise<string[]> {
  await page.goto("/dev/mailbox");
  const links = messageRows(page, recipient, subject).getByRole("link");
  return (await links.evaluateAll((found) => found.map((link) => link.getAttribute("href")))).filter(
    (href): href is string => href !== null,
  );
}

/** The messages to `recipient` that arrived since `seen` was read, newest first; waits until `expected` are in. */
export async function expectNewEmails(
  page: Page,
  recipient: string,
  subject: RegExp,
  seen: string[],
  expected: number,
): Promise<string[]> {
  let fresh: string[] = [];
  await expect(async () => {
    fresh = (await emailAddresses(page, recipient, subject)).filter((href) => !seen.includes(href));
    expect(fresh).toHaveLength(expected);
  }).toPass({ timeout: 20_000 });
  return fresh;
}

/**
 * Opens the message to `recipient` that arrives after `seen` was read. The address may hold older
 * messages with the same subject (every organizer signs in as one address), and the outbox sends a
 * moment after the request: the newest message on the list may still be the last one.
 */
export async function openNewEmail(page: Page, recipient: string, subject: RegExp, seen: string[]) {
  const [newest] = await expectNewEmails(page, recipient, subject, seen, 1);
  await page.goto(newest!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
}

/** Follows a link in the HTML part of the open message. */
export async function followEmailLink(page: Page, name: string | RegExp) {
  await page.getByRole("region", { name: "HTML part" }).getByRole("link", { name }).click();
}
