-- CreateTable
CREATE TABLE "CheckIn" (
    "registrationId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "by" TEXT NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("registrationId","day")
);

-- CreateIndex
CREATE INDEX "Registration_editionId_createdAt_idx" ON "Registration"("editionId", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_editionId_name_idx" ON "Registration"("editionId", "name");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
