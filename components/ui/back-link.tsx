import Link from "next/link";
import type { ReactNode } from "react";

/** The link back up to the page this one belongs to, above its heading: "← Registrations". */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link className="underline" href={href}>
        ← {children}
      </Link>
    </p>
  );
}
