import type { ReactNode } from "react";

const inputClass = "rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950";

type Props = {
  search?: string;
  status?: string;
  statuses: readonly { value: string; label: string }[];
  /** Hidden fields the filter keeps (the sort order, say). */
  keep?: Record<string, string>;
  /** After the button: the CSV link, say. */
  children?: ReactNode;
};

/** An admin list's search box and status filter: a plain GET form, so it works without JavaScript. */
export function ListFilter({ search, status, statuses, keep = {}, children }: Props) {
  return (
    <form role="search" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="q" className="block font-medium">
          Search
        </label>
        <input id="q" name="q" defaultValue={search} className={inputClass} />
      </div>
      <div>
        <label htmlFor="status" className="block font-medium">
          Status
        </label>
        <select id="status" name="status" defaultValue={status ?? ""} className={inputClass}>
          <option value="">All</option>
          {statuses.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded-lg bg-sea-700 px-4 py-2 font-semibold text-sand-50">
        Filter
      </button>
      {children}
    </form>
  );
}

/** The filter's part of a list's address (status and search), for its CSV download. */
export function filterQuery({ status, search }: { status?: string; search?: string }): URLSearchParams {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (search) params.set("q", search);
  return params;
}
