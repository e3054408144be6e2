/**
 * The GitHub usernames that more than one registration gave (GitHub's names ignore case), each
 * with the registrations that gave it. Nobody's search runs for these: the pull requests of
 * one account are not proposed to two people, nor to whoever typed someone else's name.
 */
export function githubClashes<T extends { githubUsername: string | null }>(people: readonly T[]) {
  const byUsername = new Map<string, T[]>();
  for (const person of people) {
    if (!person.githubUsername) continue;
    const key = person.githubUsername.toLowerCase();
    byUsername.set(key, [...(byUsername.get(key) ?? []), person]);
  }
  return [...byUsername]
    .filter(([, holders]) => holders.length > 1)
    .map(([username, holders]) => ({ username, holders }))
    .sort((a, b) => a.username.localeCompare(b.username));
}
