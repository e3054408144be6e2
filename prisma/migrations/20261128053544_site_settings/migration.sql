-- CreateTable
CREATE TABLE "SiteSetting" (
    "id" TEXT NOT NULL DEFAULT 'site',
    "name" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "hashtag" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "accentColor" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteSetting_pkey" PRIMARY KEY ("id")
);
