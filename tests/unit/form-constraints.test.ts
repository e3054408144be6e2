import { describe, expect, it } from "vitest";
import { formConstraint } from "@/lib/platform/forms/constraint";
import { EditionFormSchema, SponsorSchema } from "@/lib/features/editions/schemas";
import { HostProposalSchema, ProposalReviewSchema } from "@/lib/features/host-proposals/client";
import { RemovalRequestSchema } from "@/lib/features/journal/client";
import { SubscribeSchema } from "@/lib/features/newsletter/client";
import { OrganizerSchema } from "@/lib/features/organizers/client";
import { OutcomeSchema, ProposalDecisionSchema } from "@/lib/features/outcomes/client";
import { RegistrationFormSchema } from "@/lib/features/registration/client";
import { RoomShareMessageSchema, RoomShareSchema } from "@/lib/features/room-shares/client";
import { TablesSchema } from "@/lib/features/tables/client";

// The forms put these constraints on their inputs (components/ui/fields.tsx). The fields below are
// built with z.preprocess (a missing value becomes "", a list, a boolean), which hides from
// Conform's getZodConstraint whether they may be left empty and how long they may be: each is
// read through formConstraint (lib/platform/forms/constraint.ts), and must match what the schema accepts.
const pick = (schema: Parameters<typeof formConstraint>[0], names: string[]) => {
  const constraint = formConstraint(schema);
  return Object.fromEntries(names.map((name) => [name, constraint[name]]));
};

describe("the constraints of fields built with z.preprocess", () => {
  it("registration: required lines and optional answers, with their lengths", () => {
    expect(
      pick(RegistrationFormSchema, [
        "name",
        "city",
        "country",
        "affiliation",
        "githubUsername",
        "hopes",
        "dietary",
        "accessibility",
        "interests",
        "days",
        "newsletterOptIn",
        "afternoonActivities",
        "publicListing",
        "codeOfConduct",
      ]),
    ).toEqual({
      name: { required: true, minLength: 1, maxLength: 100 },
      city: { required: true, minLength: 1, maxLength: 100 },
      country: { required: true, minLength: 1, maxLength: 100 },
      affiliation: { required: false, maxLength: 100 },
      githubUsername: { required: false },
      hopes: { required: false, maxLength: 1000 },
      dietary: { required: false, maxLength: 300 },
      accessibility: { required: false, maxLength: 500 },
      interests: { required: false },
      days: { required: true },
      newsletterOptIn: { required: false },
      afternoonActivities: { required: false },
      publicListing: { required: false },
      codeOfConduct: { required: true },
    });
  });

  it("newsletter and organizers: the optional name", () => {
    expect(pick(SubscribeSchema, ["name"])).toEqual({ name: { required: false, maxLength: 100 } });
    expect(pick(OrganizerSchema, ["name"])).toEqual({ name: { required: false, maxLength: 100 } });
  });

  it("host proposals: required and optional texts, and the review's notes", () => {
    expect(pick(HostProposalSchema, ["city", "why", "season", "community", "other"])).toEqual({
      city: { required: true, maxLength: 100 },
      why: { required: true, maxLength: 3000 },
      season: { required: true, maxLength: 3000 },
      community: { required: false, maxLength: 3000 },
      other: { required: false, maxLength: 3000 },
    });
    expect(pick(ProposalReviewSchema, ["notes"])).toEqual({ notes: { required: false, maxLength: 5000 } });
  });

  it("editions: lines, links, markdown, counts, times and the repositories", () => {
    expect(
      pick(EditionFormSchema, [
        "slug",
        "name",
        "region",
        "venueMapUrl",
        "timeZone",
        "summary",
        "description",
        "capacity",
        "reportedPeople",
        "registrationOpensAt",
        "outcomeRepositories",
      ]),
    ).toEqual({
      slug: { required: true, maxLength: 60 },
      name: { required: true, maxLength: 120 },
      region: { required: false, maxLength: 100 },
      venueMapUrl: { required: false, maxLength: 500 },
      timeZone: { required: true, maxLength: 60 },
      summary: { required: false, maxLength: 300 },
      description: { required: false, maxLength: 20000 },
      capacity: { required: true, min: 1, max: 10000 },
      reportedPeople: { required: false },
      registrationOpensAt: { required: false },
      outcomeRepositories: { required: false },
    });
    expect(pick(SponsorSchema, ["name", "url"])).toEqual({
      name: { required: true, maxLength: 100 },
      url: { required: false, maxLength: 500 },
    });
  });

  it("the sprint: room shares, messages, tables, outcomes and found pull requests", () => {
    expect(pick(RoomShareSchema, ["nights", "note"])).toEqual({
      nights: { required: true },
      note: { required: false, maxLength: 300 },
    });
    expect(pick(RoomShareMessageSchema, ["body"])).toEqual({ body: { required: true, minLength: 1, maxLength: 1000 } });
    expect(pick(TablesSchema, ["count", "names"])).toEqual({ count: { required: false }, names: { required: false } });
    expect(pick(OutcomeSchema, ["title", "url", "firstContribution", "contributors"])).toEqual({
      title: { required: true, maxLength: 200 },
      url: { required: false, maxLength: 500 },
      firstContribution: { required: false },
      contributors: { required: false },
    });
    expect(pick(ProposalDecisionSchema, ["proposal"])).toEqual({ proposal: { required: true } });
    expect(pick(RemovalRequestSchema, ["reason"])).toEqual({ reason: { required: false, maxLength: 1000 } });
  });
});
