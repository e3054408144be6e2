"use client";

/** One registration as the list shows it, every cell already formatted on the server. */
export type RegistrationRowCells = [
  id: string,
  name: string,
  email: string,
  from: string,
  status: string,
  registered: string,
];

/**
 * The registrations list's rows. A client component on purpose, though it does nothing
 * interactive: the server sends it the rows as fifty short arrays of text, where server-rendered
 * rows would be sent (and parsed back for the HTML) as fifty trees of elements. That made the
 * organizers' busiest page a quarter faster (npm run bench, "admin registrations list").
 * React escapes every cell: what attendees typed renders as text.
 */
export function RegistrationRows({ rows }: { rows: RegistrationRowCells[] }) {
  return (
    <tbody>
      {rows.map(([id, name, email, from, status, registered]) => (
        <tr key={id}>
          <th scope="row">
            {/* Relative to this page's own path, which ends in /registrations. */}
            <a href={`registrations/${id}`}>{name}</a>
          </th>
          <td>{email}</td>
          <td>{from}</td>
          <td>{status}</td>
          <td>{registered}</td>
        </tr>
      ))}
    </tbody>
  );
}
