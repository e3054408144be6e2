import { SAMPLE_BANNER } from "@/lib/features/editions";

/** On every page that shows the made-up edition of a local site, so nobody takes it for a real one. */
export function SampleBanner({ edition }: { edition: { isSample: boolean } }) {
  if (!edition.isSample) return null;
  return (
    <p
      role="note"
      className="rounded-lg border-2 border-dashed border-terracotta-600 bg-sand-100 p-3 font-semibold text-sea-950"
    >
      {SAMPLE_BANNER}
    </p>
  );
}
