import "server-only";
// The newsletter feature's reads for pages (server components and route handlers only).
export { confirmedSubscriberCount, getAnnouncement, listAnnouncements } from "./reads/admin-announcements";
export { parseSubscriberQuery, subscriberPage } from "./reads/admin-subscribers";
export { getSentAnnouncement, listSentAnnouncements } from "./reads/announcements";
export { readSubscriberLink } from "./reads/subscriber-by-token";
export { exportSubscribers } from "./export-subscribers";
