-- A local site seeds a made-up, plainly labelled edition so that a newcomer can try registering;
-- a public site never shows one (lib/features/editions/sample.ts).
ALTER TABLE "Edition" ADD COLUMN "isSample" BOOLEAN NOT NULL DEFAULT false;
