import type { ReactNode } from "react";

// Pages about one person or behind a secret link: rendered for each request, never cached,
// and their scripts run only with the request's nonce (lib/platform/security/csp.ts).
export const dynamic = "force-dynamic";

export default function PersonalPagesLayout({ children }: { children: ReactNode }) {
  return children;
}
