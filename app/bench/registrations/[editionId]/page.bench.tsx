import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { benchQuery, benchRoutesOn } from "../../sql";

// The baseline for `npm run bench:admin`: the admin registrations page's queries (the session, the
// edition, the counts by status, one page of the list) through the bare driver, rendered as a plain
// table, with no ORM, no layout and no forms. It answers 404 unless the benchmark started this
// server with BENCH_ROUTES=1, so it does not exist on a real site.

type Props = { params: Promise<{ editionId: string }> };

export default async function BareRegistrationsPage({ params }: Props) {
  if (!benchRoutesOn()) notFound();
  const { editionId } = await params;
  const pool = { query: benchQuery };
  const token = (await cookies()).get("next-auth.session-token")?.value ?? "";
  const [session, edition, counts, rows] = await Promise.all([
    pool.query(
      `SELECT s.expires, u.email FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."sessionToken" = $1`,
      [token],
    ),
    pool.query<{ name: string; capacity: number }>(`SELECT id, name, city, capacity FROM "Edition" WHERE id = $1`, [
      editionId,
    ]),
    pool.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "Registration" WHERE "editionId" = $1 GROUP BY status`,
      [editionId],
    ),
    pool.query<{
      id: string;
      name: string;
      email: string;
      city: string;
      country: string;
      status: string;
      createdAt: Date;
    }>(
      `SELECT id, name, email, city, country, status, "createdAt" FROM "Registration" WHERE "editionId" = $1 ORDER BY "createdAt" DESC, id ASC LIMIT 50 OFFSET 0`,
      [editionId],
    ),
  ]);
  if (session.rowCount === 0 || edition.rowCount === 0) notFound();
  return (
    <main>
      <h1>{edition.rows[0]!.name}</h1>
      <p>{counts.rows.map((c) => `${c.status}: ${c.n}`).join(", ")}</p>
      <table>
        <tbody>
          {rows.rows.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{r.email}</td>
              <td>
                {r.city}, {r.country}
              </td>
              <td>{r.status}</td>
              <td>{r.createdAt.toISOString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
