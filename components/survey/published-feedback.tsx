import { DataTable } from "@/components/ui/data-table";

type Props = {
  figures: {
    answered: number;
    invited: number;
    rate: number | null;
    averages: { prompt: string; average: number; answered: number }[];
  };
};

/** What organizers published of an edition's feedback survey: average ratings and the response rate. */
export function PublishedFeedback({ figures }: Props) {
  return (
    <section aria-labelledby="feedback" className="space-y-3">
      <h2 id="feedback" className="text-2xl font-semibold">
        What attendees said
      </h2>
      {figures.rate !== null && (
        <p>
          {figures.answered} of the {figures.invited} people invited answered the feedback survey ({figures.rate} %).
        </p>
      )}
      {figures.averages.length > 0 && (
        <DataTable
          label="Average ratings from the feedback survey"
          className="w-full max-w-2xl text-left"
          caption="Average ratings from the feedback survey, from 1 (poor) to 5 (excellent)"
          columns={["Question", { label: "Average of 5", align: "right" }, { label: "Answers", align: "right" }]}
        >
          <tbody>
            {figures.averages.map((row) => (
              <tr key={row.prompt} className="border-t border-sand-200">
                <th scope="row" className="py-1 pr-4 font-medium">
                  {row.prompt}
                </th>
                <td className="text-right">{row.average.toFixed(1)}</td>
                <td className="text-right">{row.answered}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
