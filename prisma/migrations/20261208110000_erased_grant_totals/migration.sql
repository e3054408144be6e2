-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "erasedGrantEurosGranted" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "erasedGrantEurosPaid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "erasedGrants" INTEGER NOT NULL DEFAULT 0;

