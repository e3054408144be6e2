-- Running the room: the number of tables (null: one per five confirmed people) and their names,
-- the seats organizers fixed (a move, or every seat of a locked day), and the locked days.
ALTER TABLE "Edition" ADD COLUMN "tableCount" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "tableNames" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

CREATE TABLE "TableSeat" (
    "registrationId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "table" INTEGER NOT NULL,
    CONSTRAINT "TableSeat_pkey" PRIMARY KEY ("registrationId", "day")
);
CREATE INDEX "TableSeat_editionId_day_idx" ON "TableSeat"("editionId", "day");
ALTER TABLE "TableSeat" ADD CONSTRAINT "TableSeat_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TableSeat" ADD CONSTRAINT "TableSeat_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "TablePlanLock" (
    "editionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "lockedAt" TIMESTAMP(3) NOT NULL,
    "lockedBy" TEXT NOT NULL,
    CONSTRAINT "TablePlanLock_pkey" PRIMARY KEY ("editionId", "day")
);
ALTER TABLE "TablePlanLock" ADD CONSTRAINT "TablePlanLock_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
