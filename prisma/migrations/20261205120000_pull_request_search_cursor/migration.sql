-- The pull request search's cursor per attendee: GitHub's search answers 10 requests a minute
-- (30 with a token), so a run stops there and the next goes on with whoever was searched least
-- recently, from the page where it stopped.
ALTER TABLE "Registration" ADD COLUMN "githubSearchedAt" TIMESTAMP(3);
ALTER TABLE "Registration" ADD COLUMN "githubSearchPage" INTEGER;
