-- The feedback survey after an edition: its questions, personal links that only record being
-- used, and answers that are anonymous unless their author adds a name.

ALTER TABLE "Registration" ADD COLUMN "surveyInvitedAt" TIMESTAMP(3);

CREATE TABLE "Survey" (
    "editionId" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "publishAverages" BOOLEAN NOT NULL DEFAULT false,
    "publishResponseRate" BOOLEAN NOT NULL DEFAULT false,
    "publishedFigures" JSONB,
    "invitationsSentAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("editionId")
);

CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "registrationId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "used" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SurveyAnswer" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "answeredOn" TEXT NOT NULL,
    "name" TEXT,
    "registrationId" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "SurveyInvitation_tokenHash_key" ON "SurveyInvitation"("tokenHash");
CREATE INDEX "SurveyInvitation_editionId_idx" ON "SurveyInvitation"("editionId");
CREATE INDEX "SurveyInvitation_registrationId_idx" ON "SurveyInvitation"("registrationId");
CREATE INDEX "SurveyAnswer_editionId_idx" ON "SurveyAnswer"("editionId");
CREATE INDEX "SurveyAnswer_registrationId_idx" ON "SurveyAnswer"("registrationId");

ALTER TABLE "Survey" ADD CONSTRAINT "Survey_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Survey"("editionId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Survey"("editionId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
