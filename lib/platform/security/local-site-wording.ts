// What a person reads when a local site refuses a request that came through a proxy or tunnel.

const ADVICE =
  'Use the site on this machine (http://localhost), or give it what a public site has: a SITE_URL, an SMTP_URL and ORGANIZER_EMAILS (see "A site reachable from other machines" in the README).';

export function mailboxBehindProxyWords(proxyHeader: string): string {
  return [
    `Forbidden: the dev mailbox answers only requests made on this machine, and this one came through a proxy or tunnel (it carries a ${proxyHeader} header).`,
    "A local site behind a proxy is reachable from outside, so it shows nobody the mail it sent.",
    ADVICE,
  ].join("\n\n");
}

export function defaultOrganizerBehindProxyWords(proxyHeader: string, address: string): string[] {
  return [
    `This local site was reached through a proxy or tunnel (the request carries a ${proxyHeader} header), so it is reachable from outside.`,
    `${address}, the address a local site lets in by default, can sign in only on this machine: from here no link is sent to it, and a session it already has does not open the admin.`,
    ADVICE,
  ];
}
