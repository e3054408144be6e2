type Fields = Record<string, string | number | boolean | null | undefined>;

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

// Read here rather than through env(): logging must work while the environment is being checked.
const threshold = () => LEVELS[(process.env.LOG_LEVEL ?? "info") as keyof typeof LEVELS] ?? 0;

function write(level: Level, event: string, fields: Fields): void {
  if (LEVELS[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
}

/**
 * Structured logs, one JSON object a line. Callers pass ids and counts, never tokens,
 * passwords or message bodies.
 */
export const log = {
  info: (event: string, fields: Fields = {}) => write("info", event, fields),
  warn: (event: string, fields: Fields = {}) => write("warn", event, fields),
  error: (event: string, fields: Fields = {}) => write("error", event, fields),
};
