import { EXPERIENCE, INTERESTS } from "../registration/client";

/** What the room's make-up needs of one person. */
export type RoomPerson = {
  experience: string;
  interests: string[];
  country: string;
  needsVisaLetter: boolean;
  /** Has an open travel grant request (asked or granted; not declined or released). */
  askedForGrant: boolean;
};

export type RoomComposition = {
  people: number;
  firstTimers: number;
  experienced: number;
  /** Areas of interest, most asked first (a person counts once in each area they chose). */
  interests: { label: string; count: number }[];
  countries: { label: string; count: number }[];
  visaLetters: number;
  /** Travel grants (docs/travel-grants.md): how many in the room asked for one (still open). */
  grantRequests: number | null;
};

const byCount = (counts: Map<string, number>) =>
  [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

/** The room as it would be with these people: first-timers against experienced people, areas, countries, visas. */
export function roomComposition(people: RoomPerson[]): RoomComposition {
  const interests = new Map<string, number>();
  const countries = new Map<string, number>();
  let firstTimers = 0;
  let visaLetters = 0;
  let grantRequests = 0;
  for (const person of people) {
    if (person.experience === "first") firstTimers++;
    if (person.needsVisaLetter) visaLetters++;
    if (person.askedForGrant) grantRequests++;
    for (const area of new Set(person.interests)) {
      const label = INTERESTS[area as keyof typeof INTERESTS] ?? area;
      interests.set(label, (interests.get(label) ?? 0) + 1);
    }
    const country = person.country.trim();
    countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  return {
    people: people.length,
    firstTimers,
    experienced: people.length - firstTimers,
    interests: byCount(interests),
    countries: byCount(countries),
    visaLetters,
    grantRequests,
  };
}

export const EXPERIENCE_LABELS = EXPERIENCE;
