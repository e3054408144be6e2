import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { newToken } from "@/lib/platform/security/tokens";
import { updateRegistrationAnswers } from "@/lib/features/registration/update-registration-answers";
import { RegistrationAnswersSchema } from "@/lib/features/registration/schemas";
import { manualClock } from "@/tests/fixtures/test-clock";
import { anEdition, seedRegistrations } from "@/tests/fixtures/registrations";

const now = new Date("2031-02-01T10:00:00Z");

async function manageLink(registrationId: string): Promise<string> {
  const { token, hash } = newToken();
  await db().registrationToken.create({
    data: { registrationId, purpose: "manage", tokenHash: hash, expiresAt: new Date("2032-01-01"), createdAt: now },
  });
  return token;
}

describe("a GitHub username changed from the manage page", () => {
  it("is searched from its first page: the saved place was the old name's", async () => {
    const edition = await anEdition();
    await seedRegistrations(edition.id, 1, "confirmed", now);
    const person = await db().registration.findFirstOrThrow();
    await db().registration.update({
      where: { id: person.id },
      data: { githubUsername: "old-name", githubSearchPage: 4, githubSearchedAt: now },
    });
    const token = await manageLink(person.id);
    const answers = (githubUsername: string) =>
      RegistrationAnswersSchema.parse({
        name: person.name,
        city: person.city,
        country: person.country,
        experience: person.experience,
        interests: [],
        days: person.days,
        githubUsername,
      });

    expect(await updateRegistrationAnswers(token, answers("old-name"), manualClock(now))).toEqual({ ok: true });
    expect(await db().registration.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      githubSearchPage: 4,
    });

    expect(await updateRegistrationAnswers(token, answers("new-name"), manualClock(now))).toEqual({ ok: true });
    expect(await db().registration.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      githubUsername: "new-name",
      githubSearchPage: null,
      githubSearchedAt: null,
    });
  });
});
