/** The venue time zone a draft edition starts with, by country around the Mediterranean. */
const ZONES: Record<string, string> = {
  albania: "Europe/Tirane",
  algeria: "Africa/Algiers",
  "bosnia and herzegovina": "Europe/Sarajevo",
  croatia: "Europe/Zagreb",
  cyprus: "Asia/Nicosia",
  egypt: "Africa/Cairo",
  france: "Europe/Paris",
  gibraltar: "Europe/Gibraltar",
  greece: "Europe/Athens",
  israel: "Asia/Jerusalem",
  italy: "Europe/Rome",
  lebanon: "Asia/Beirut",
  libya: "Africa/Tripoli",
  malta: "Europe/Malta",
  monaco: "Europe/Monaco",
  montenegro: "Europe/Podgorica",
  morocco: "Africa/Casablanca",
  palestine: "Asia/Hebron",
  slovenia: "Europe/Ljubljana",
  spain: "Europe/Madrid",
  syria: "Asia/Damascus",
  tunisia: "Africa/Tunis",
  turkey: "Europe/Istanbul",
  türkiye: "Europe/Istanbul",
};

/** UTC when the country is not on the list: the organizer sets the zone when editing the draft. */
export function timeZoneForCountry(country: string): string {
  return ZONES[country.trim().toLowerCase()] ?? "UTC";
}
