import "server-only";
import { db } from "../../../platform/db";
import { inBatches } from "../../../platform/database/batches";
import type { SubscriberStatus } from "../../../generated/prisma/client";

export const SUBSCRIBERS_PER_PAGE = 50;

const STATUSES = ["pending", "confirmed", "unsubscribed"] as const;

export type SubscriberQuery = { status?: SubscriberStatus; search?: string; page: number };

/** Reads the list's query string; anything unexpected falls back to the default. */
export function parseSubscriberQuery(params: Record<string, string | string[] | undefined>): SubscriberQuery {
  const status =
    typeof params.status === "string" && (STATUSES as readonly string[]).includes(params.status)
      ? (params.status as SubscriberStatus)
      : undefined;
  const search = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const page = Math.max(
    1,
    Math.min(10_000, Number.parseInt(typeof params.page === "string" ? params.page : "1", 10) || 1),
  );
  return { status, search: search || undefined, page };
}

function where({ status, search }: SubscriberQuery) {
  return {
    ...(status ? { status } : {}),
    ...(search
      ? {
          OR: [
            { email: { contains: search, mode: "insensitive" as const } },
            { name: { contains: search, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
}

/** One page of subscribers: never the whole table. */
export async function subscriberPage(query: SubscriberQuery) {
  const [rows, total] = await Promise.all([
    db().subscriber.findMany({
      where: where(query),
      orderBy: { createdAt: "desc" },
      skip: (query.page - 1) * SUBSCRIBERS_PER_PAGE,
      take: SUBSCRIBERS_PER_PAGE,
      select: {
        id: true,
        email: true,
        name: true,
        status: true,
        createdAt: true,
        confirmedAt: true,
        unsubscribedAt: true,
      },
    }),
    db().subscriber.count({ where: where(query) }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / SUBSCRIBERS_PER_PAGE)) };
}

/** Every subscriber matching the query, a batch at a time (for the CSV export). */
export function subscriberBatches(query: Omit<SubscriberQuery, "page">) {
  return inBatches((after, take) =>
    db().subscriber.findMany({
      where: where({ ...query, page: 1 }),
      orderBy: { id: "asc" },
      take,
      ...after,
      select: {
        id: true,
        email: true,
        name: true,
        status: true,
        createdAt: true,
        confirmedAt: true,
        unsubscribedAt: true,
      },
    }),
  );
}
