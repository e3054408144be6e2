/**
 * Walks rows in id order, `size` at a time (keyset pagination): exports and mailings read any
 * number of rows without loading them all. `read` gets the last id of the previous batch.
 */
export async function* inBatches<Row extends { id: string }>(
  read: (after: { skip: 1; cursor: { id: string } } | Record<string, never>, take: number) => Promise<Row[]>,
  size = 1000,
) {
  let cursor: string | undefined;
  for (;;) {
    const batch = await read(cursor ? { skip: 1, cursor: { id: cursor } } : {}, size);
    if (batch.length === 0) return;
    yield batch;
    cursor = batch.at(-1)!.id;
  }
}
