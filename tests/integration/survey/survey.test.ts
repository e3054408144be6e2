import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { newToken } from "@/lib/platform/security/tokens";
import { answerSurvey } from "@/lib/features/survey/answer-survey";
import { exportSurveyAnswers } from "@/lib/features/survey/export-survey-answers";
import { publishSurveyFigures } from "@/lib/features/survey/publish-survey-figures";
import { saveSurveyQuestions } from "@/lib/features/survey/save-survey-questions";
import { SURVEY_OPEN_MS, sendSurveyInvitations, sendSurveyNow } from "@/lib/features/survey/send-survey-invitations";
import { publishedSurveyFigures, surveyByLink, surveyResults } from "@/lib/features/survey/reads/survey";
import { outboxMail } from "@/tests/fixtures/outbox";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

const organizer = { email: "organizer@example.org", name: null };
// The edition runs 1–3 May 2031 in Europe/Rome (UTC+2): invitations leave on 4 May at 10:00 there.
const BEFORE_TEN = "2031-05-04T07:59:00Z";
const AFTER_TEN = "2031-05-04T08:01:00Z";

async function checkedIn(editionId: string, name: string, options: { publicListing?: boolean } = {}) {
  const person = await anAttendee(editionId, name, options);
  await db().checkIn.create({
    data: { registrationId: person.id, day: "2031-05-01", at: new Date("2031-05-01T07:00:00Z"), by: "organizer" },
  });
  return person;
}

/** Survey links for `count` people, as the invitations would make them. */
async function links(editionId: string, count: number, now: Date) {
  await db().survey.upsert({ where: { editionId }, create: { editionId, questions: [], updatedAt: now }, update: {} });
  const tokens: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const { token, hash } = newToken();
    await db().surveyInvitation.create({
      data: {
        id: `link${n}${hash.slice(0, 8)}`,
        editionId,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + SURVEY_OPEN_MS),
      },
    });
    tokens.push(token);
  }
  return tokens;
}

const form =
  (values: Record<string, string>) =>
  (name: string): string | null =>
    values[name] ?? null;
const anonymous = { addName: false, name: null };

describe("the invitations, the morning after the last day", () => {
  it("go once to each confirmed person checked in on a day, with their page and a personal survey link", async () => {
    const edition = await anEdition();
    await checkedIn(edition.id, "Ada");
    await anAttendee(edition.id, "Bea"); // confirmed, never checked in
    const clock = manualClock(BEFORE_TEN);

    expect(await sendSurveyInvitations(clock)).toBe(0);
    clock.set(AFTER_TEN);
    expect(await sendSurveyInvitations(clock)).toBe(1);
    expect(await sendSurveyInvitations(clock)).toBe(0);
    expect((await db().survey.findUniqueOrThrow({ where: { editionId: edition.id } })).invitationsSentAt).toEqual(
      clock.now(),
    );

    const [mail] = await outboxMail({ where: { template: "survey-invitation" } });
    expect(mail!.toAddress).toBe("ada@example.org");
    expect(mail!.subject).toBe("How was Django on the Med: Pescara? Your certificate and a short survey");
    expect(mail!.text).toMatch(/\/registrations\/manage\/[\w-]{43}#certificate/);
    const token = /\/survey\/([\w-]{43})/.exec(mail!.text)![1]!;

    // Opening the link changes nothing, however often a scanner does it.
    const now = clock.now();
    expect(await surveyByLink(token, now)).toMatchObject({ state: "open", editionName: edition.name });
    expect(await surveyByLink(token, now)).toMatchObject({ state: "open" });
    expect(await db().surveyInvitation.count({ where: { used: true } })).toBe(0);
  });

  it("wait for an unpublished edition, and never go for one that ended long ago", async () => {
    const edition = await anEdition();
    await checkedIn(edition.id, "Ada");
    await db().edition.update({ where: { id: edition.id }, data: { published: false } });
    expect(await sendSurveyInvitations(manualClock(AFTER_TEN))).toBe(0);
    await db().edition.update({ where: { id: edition.id }, data: { published: true } });
    expect(await sendSurveyInvitations(manualClock("2031-05-30T08:00:00Z"))).toBe(0);
  });

  it("can be sent by organizers from the start of the last day, and then invite only those checked in since", async () => {
    const edition = await anEdition();
    await checkedIn(edition.id, "Ada");
    const clock = manualClock("2031-05-02T21:59:00Z"); // 23:59 on 2 May in Rome
    expect(await sendSurveyNow(organizer, edition.id, clock)).toEqual({ ok: false, problem: "too-early" });
    clock.set("2031-05-02T22:00:00Z"); // midnight: the last day has begun
    expect(await sendSurveyNow(organizer, edition.id, clock)).toEqual({ ok: true, queued: 1 });
    await checkedIn(edition.id, "Bea");
    expect(await sendSurveyNow(organizer, edition.id, clock)).toEqual({ ok: true, queued: 1 });
    expect(await sendSurveyNow(organizer, edition.id, clock)).toEqual({ ok: true, queued: 0 });
    expect(await db().auditEntry.count({ where: { action: "survey.send" } })).toBe(3);
    expect(await sendSurveyInvitations(manualClock(AFTER_TEN))).toBe(0);
  });
});

describe("one answer per link, anonymous unless named", () => {
  it("checks each answer, stores it without its link or a time, and refuses the link a second time", async () => {
    const edition = await anEdition();
    const clock = manualClock(AFTER_TEN);
    const [token] = await links(edition.id, 1, clock.now());

    expect(
      await answerSurvey(token!, form({ "answer-overall": "7", "answer-again": "constructor" }), anonymous, clock),
    ).toEqual({
      ok: false,
      problem: "invalid",
      fieldErrors: {
        "answer-overall": ["Choose a number from 1 to 5."],
        "answer-again": ["Choose yes, no or maybe."],
      },
    });
    expect(await answerSurvey(token!, form({}), anonymous, clock)).toEqual({ ok: false, problem: "nothing-answered" });
    expect(
      await answerSurvey(token!, form({ "answer-overall": "5" }), { addName: true, name: null }, clock),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter your name, or untick “add my name”."] },
    });
    expect(await db().surveyAnswer.count()).toBe(0);

    const answer = form({ "answer-overall": "5", "answer-keep": "  The mornings  ", "answer-again": "yes" });
    expect(await answerSurvey(token!, answer, anonymous, clock)).toEqual({ ok: true });
    expect(await answerSurvey(token!, answer, anonymous, clock)).toEqual({ ok: false, problem: "link-used" });
    expect(await surveyByLink(token!, clock.now())).toEqual({ state: "used" });
    const stored = await db().surveyAnswer.findFirstOrThrow();
    expect(stored).toMatchObject({
      answers: { overall: 5, keep: "The mornings", again: "yes" },
      answeredOn: "2031-05-04",
      name: null,
      registrationId: null,
    });
    expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/); // random, not a cuid (which carries the time)
    expect(await answerSurvey("x".repeat(43), answer, anonymous, clock)).toEqual({
      ok: false,
      problem: "link-unknown",
    });
  });

  it("refuses a link past its end, and erases a named answer with its person", async () => {
    const edition = await anEdition();
    const ada = await checkedIn(edition.id, "Ada");
    const clock = manualClock(AFTER_TEN);
    await sendSurveyInvitations(clock);
    const [mail] = await outboxMail({ where: { template: "survey-invitation" } });
    const token = /\/survey\/([\w-]{43})/.exec(mail!.text)![1]!;
    expect(
      await answerSurvey(token, form({ "answer-overall": "4" }), { addName: true, name: "Ada L." }, clock),
    ).toEqual({
      ok: true,
    });
    expect(await db().surveyAnswer.findFirstOrThrow()).toMatchObject({ name: "Ada L.", registrationId: ada.id });
    await db().registration.delete({ where: { id: ada.id } });
    expect(await db().surveyAnswer.count()).toBe(0);
    expect(await db().surveyInvitation.findFirstOrThrow()).toMatchObject({ registrationId: null, used: true });

    const [late] = await links(edition.id, 1, clock.now());
    clock.advance(SURVEY_OPEN_MS + 1);
    expect(await answerSurvey(late!, form({ "answer-overall": "4" }), anonymous, clock)).toEqual({
      ok: false,
      problem: "link-expired",
    });
    expect(await surveyByLink(late!, clock.now())).toEqual({ state: "expired" });
  });
});

describe("results for organizers", () => {
  it("wait while one or two anonymous answers could be told apart from the named ones", async () => {
    const edition = await anEdition();
    const clock = manualClock(AFTER_TEN);
    const tokens = await links(edition.id, 6, clock.now());
    const named = (index: number) => ({ addName: true, name: `Person ${index}` });
    await answerSurvey(tokens[0]!, form({ "answer-overall": "5" }), named(0), clock);
    await answerSurvey(tokens[1]!, form({ "answer-overall": "4" }), named(1), clock);
    await answerSurvey(tokens[2]!, form({ "answer-overall": "1" }), anonymous, clock);
    expect(await surveyResults(edition.id)).toMatchObject({ answered: 3, shown: false });
    await answerSurvey(tokens[3]!, form({ "answer-overall": "3" }), anonymous, clock);
    await answerSurvey(tokens[4]!, form({ "answer-overall": "2" }), anonymous, clock);
    const five = await surveyResults(edition.id);
    expect(five).toMatchObject({ answered: 5, shown: true });
    expect([...five.named].sort()).toEqual(["Person 0", "Person 1"]);
  });

  it("shows distributions from 3 answers, publishes from 5, and the impact page reads only what was published", async () => {
    const edition = await anEdition();
    const clock = manualClock(AFTER_TEN);
    const tokens = await links(edition.id, 7, clock.now());
    const give = (index: number, overall: string, again: string) =>
      answerSurvey(
        tokens[index]!,
        form({ "answer-overall": overall, "answer-again": again, "answer-change": `Idea ${index}` }),
        anonymous,
        clock,
      );

    await give(0, "5", "yes");
    await give(1, "4", "maybe");
    expect(await surveyResults(edition.id)).toMatchObject({ invited: 7, answered: 2, shown: false, results: [] });
    expect((await exportSurveyAnswers(organizer, edition.id, clock))!.rows).toEqual([]); // the header alone
    await give(2, "4", "yes");
    const three = await surveyResults(edition.id);
    expect(three).toMatchObject({ answered: 3, rate: 43, shown: true, canPublish: false });
    expect((await exportSurveyAnswers(organizer, edition.id, clock))!.rows).toHaveLength(3);
    expect(three.results.find((result) => result.question.id === "overall")).toMatchObject({
      counts: [0, 0, 0, 2, 1],
      average: 4.3,
      answered: 3,
    });
    expect(three.results.find((result) => result.question.id === "again")).toMatchObject({
      counts: { yes: 2, maybe: 1, no: 0 },
    });
    // Listed in the answers' random order, which tells nothing of who answered when.
    const change = three.results.find((result) => result.question.id === "change");
    expect(change?.kind === "text" && [...change.texts].sort()).toEqual(["Idea 0", "Idea 1", "Idea 2"]);

    expect(await publishSurveyFigures(organizer, edition.id, { averages: true, responseRate: true }, clock)).toEqual({
      ok: false,
      problem: "too-few-to-publish",
    });
    await give(3, "3", "no");
    await give(4, "5", "yes");
    expect(await publishedSurveyFigures(edition.id)).toBeNull(); // nothing published yet
    expect(await publishSurveyFigures(organizer, edition.id, { averages: true, responseRate: false }, clock)).toEqual({
      ok: true,
    });
    expect(await publishedSurveyFigures(edition.id)).toEqual({
      answered: 5,
      invited: 7,
      rate: null,
      averages: [{ prompt: "Overall, how was the sprint?", average: 4.2, answered: 5 }],
    });
    // Frozen when published: a later answer does not move the public figures (it would tell its ratings).
    await give(5, "1", "no");
    expect((await publishedSurveyFigures(edition.id))!.averages).toEqual([
      { prompt: "Overall, how was the sprint?", average: 4.2, answered: 5 },
    ]);
    expect((await db().auditEntry.findFirstOrThrow({ where: { action: "survey.publish" } })).details).toEqual({
      averages: true,
      responseRate: false,
    });
  });

  it("lets organizers change the questions until the invitations leave", async () => {
    const edition = await anEdition();
    await checkedIn(edition.id, "Ada");
    const clock = manualClock(BEFORE_TEN);
    const saved = await saveSurveyQuestions(
      organizer,
      edition.id,
      {
        questions: [
          { id: "overall", prompt: "How was it, overall?", kind: "rating" },
          { id: "morning", prompt: "", kind: "rating" }, // removed
          { id: undefined, prompt: "Which ticket did you enjoy most?", kind: "text" },
          { id: "made-up", prompt: "Was the coffee good?", kind: "again" }, // an unknown id gets a fresh one
        ],
      },
      clock,
    );
    expect(saved).toEqual({ ok: true, count: 3 });
    const { questions } = await surveyResults(edition.id);
    expect(questions.map((question) => [question.prompt, question.kind])).toEqual([
      ["How was it, overall?", "rating"],
      ["Which ticket did you enjoy most?", "text"],
      ["Was the coffee good?", "again"],
    ]);
    expect(questions[0]!.id).toBe("overall");
    expect(questions[2]!.id).not.toBe("made-up");
    expect(await saveSurveyQuestions(organizer, edition.id, { questions: [] }, clock)).toEqual({
      ok: false,
      problem: "no-questions",
    });

    // From the first invitation on, even while a batch is still going out.
    clock.set(AFTER_TEN);
    await sendSurveyNow(organizer, edition.id, clock);
    await db().survey.update({ where: { editionId: edition.id }, data: { invitationsSentAt: null } });
    expect(
      await saveSurveyQuestions(
        organizer,
        edition.id,
        { questions: [{ id: "overall", prompt: "Changed", kind: "rating" }] },
        clock,
      ),
    ).toEqual({ ok: false, problem: "already-sent" });
  });
});
