/** "1 outcome", "3 outcomes": English plurals for the nouns the site counts. */
export const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
