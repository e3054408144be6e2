import { env, LOCAL_ORGANIZER } from "@/lib/platform/env";
import { defaultOrganizerBehindProxyWords } from "@/lib/platform/security/local-site-wording";
import { requestReach } from "@/lib/platform/server/request-host";

/** Says why the default organizer gets no link when a local site is reached through a proxy. */
export async function DefaultOrganizerProxyNotice() {
  if (!env().defaultOrganizer) return null;
  const reach = await requestReach();
  if (reach.kind !== "forwarded") return null;
  return (
    <section
      aria-labelledby="behind-proxy"
      className="space-y-2 rounded-lg border-2 border-terracotta-700 p-4 dark:border-sun-300"
    >
      <h2 id="behind-proxy" className="text-lg font-semibold">
        Not from behind a proxy
      </h2>
      {defaultOrganizerBehindProxyWords(reach.header, LOCAL_ORGANIZER).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
