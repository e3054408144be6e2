import { type SiteSettings } from "../site";
import { plainMessage } from "../../platform/mail/plain-message";

const message = (
  site: SiteSettings,
  subject: string,
  name: null,
  paragraphs: string[],
  action?: { label: string; url: string },
  footerNote?: string,
) =>
  plainMessage(site, {
    subject,
    name,
    paragraphs,
    action,
    footerNote:
      footerNote ??
      `You receive this because someone entered this address on ${site.name}. If it was not you, ignore it: nothing happens without the button.`,
  });

export const privacyConfirm = (
  data: { kind: "export" | "erase"; actUrl: string; expiresIn: string },
  site: SiteSettings,
) =>
  data.kind === "export"
    ? message(
        site,
        `Your data at ${site.name}: confirm the request`,
        null,
        [
          `Someone (probably you) asked for a copy of everything ${site.name} stores about this address.`,
          `Press the button within ${data.expiresIn} and we will email the copy to this address.`,
        ],
        { label: "Email me my data", url: data.actUrl },
      )
    : message(
        site,
        `Erase your data at ${site.name}: confirm the request`,
        null,
        [
          `Someone (probably you) asked us to erase everything ${site.name} stores about this address: newsletter subscription, registrations and messages.`,
          `This also cancels any place you hold at an upcoming edition. Press the button within ${data.expiresIn} to erase; if you did not ask, ignore this message.`,
        ],
        { label: "Review and erase my data", url: data.actUrl },
      );

export const privacyExport = (data: { summary: string }, site: SiteSettings) =>
  message(
    site,
    `Your data at ${site.name}`,
    null,
    ["Here is everything we store about this address, as the attached JSON file.", data.summary],
    undefined,
    `You receive this because a data request for this address was confirmed on ${site.name}.`,
  );
