import { env } from "../../platform/env";

export const newsletterUrls = {
  page: () => `${env().siteUrl}/newsletter`,
  confirm: (token: string) => `${env().siteUrl}/newsletter/confirm/${token}`,
  unsubscribe: (token: string) => `${env().siteUrl}/newsletter/unsubscribe/${token}`,
  archive: (slug: string) => `${env().siteUrl}/newsletter/archive/${slug}`,
  privacyRequest: (token: string) => `${env().siteUrl}/newsletter/privacy/${token}`,
};
