import { ImageResponse } from "next/og";
import { getPublishedEdition } from "@/lib/features/editions/reads";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { getSiteSettings } from "@/lib/features/site";

export const alt = "The edition's town and dates";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The card shown when an edition's link is shared: town, dates, the sea. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const siteSettings = await getSiteSettings();
  const edition = await getPublishedEdition((await params).slug);
  const title = edition ? `${edition.city}, ${edition.country}` : siteSettings.name;
  const dates = edition ? formatDateRange(edition.startsOn, edition.endsOn) : siteSettings.tagline;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#0b5672",
        color: "#fcf8f1",
        padding: 72,
        fontSize: 40,
      }}
    >
      <div style={{ color: "#f2b134", fontSize: 36, letterSpacing: 4, textTransform: "uppercase" }}>
        {siteSettings.name}
      </div>
      <div style={{ fontSize: 96, fontWeight: 700, marginTop: 40 }}>{title}</div>
      <div style={{ marginTop: 24 }}>{dates}</div>
      <div
        style={{
          marginTop: "auto",
          display: "flex",
          height: 90,
          background: "#c4623a",
          borderRadius: 24,
          alignItems: "center",
          paddingLeft: 32,
        }}
      >
        Sprint mornings 8:00–14:00 · free afternoons by the sea
      </div>
    </div>,
    size,
  );
}
