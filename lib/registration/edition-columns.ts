/** What registration services need of an edition. */
export const registrationEditionColumns = {
  id: true,
  slug: true,
  name: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
  venueName: true,
  venueAddress: true,
  capacity: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
} as const;
