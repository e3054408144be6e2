-- "Ready to sprint" (issue 32): each attendee's set-up checklist, and a new optional answer,
-- "I can help others set up". The pasted test output is never stored: only its verdict and its
-- "Ran N tests in X.XXXs" line.

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "canHelpSetUp" BOOLEAN NOT NULL DEFAULT false;

-- CreateEnum
CREATE TYPE "TestRunVerdict" AS ENUM ('none', 'ready', 'failing');

-- CreateTable
CREATE TABLE "SprintReadiness" (
    "registrationId" TEXT NOT NULL,
    "githubAccount" BOOLEAN NOT NULL DEFAULT false,
    "forkAndClone" BOOLEAN NOT NULL DEFAULT false,
    "virtualEnv" BOOLEAN NOT NULL DEFAULT false,
    "testRun" "TestRunVerdict" NOT NULL DEFAULT 'none',
    "ranLine" TEXT,
    "testRunAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SprintReadiness_pkey" PRIMARY KEY ("registrationId")
);

-- AddForeignKey
ALTER TABLE "SprintReadiness" ADD CONSTRAINT "SprintReadiness_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The answers of a registration that started over take effect once its owner confirms, now with
-- "canHelpSetUp". Answers saved before this migration have no such key: they count as not ticked.
CREATE OR REPLACE FUNCTION registration_apply_pending_answers(p_registration text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Registration" r SET (name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
      "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername", "canHelpSetUp") =
    (SELECT name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
      "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername", coalesce("canHelpSetUp", false)
     FROM jsonb_populate_record(NULL::"Registration", r."pendingAnswers")),
    "pendingAnswers" = NULL,
    -- A new GitHub username is searched from its first page (the saved place was the old name's).
    "githubSearchPage" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchPage" END,
    "githubSearchedAt" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchedAt" END
  WHERE r.id = p_registration AND r."pendingAnswers" IS NOT NULL
$$;
