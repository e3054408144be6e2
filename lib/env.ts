import { z } from "zod";

/** Empty strings count as unset, so `FOO=` in a shell or .env file means "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
    message: "must be a postgres:// or postgresql:// URL",
  });

const EnvSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  /** PostgreSQL to use; unset means the embedded PGlite database in PGLITE_DATA_DIR. */
  DATABASE_URL: optional(postgresUrl),
  PGLITE_DATA_DIR: optional(z.string()),
  SITE_URL: optional(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" })),
  /** Starts the clock at this instant (time then runs normally); for tests and demos. */
  CLOCK_START: optional(z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time" })),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  siteUrl: string;
  clockStart: Date | undefined;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment, naming every bad variable in one error. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const values = result.data;
  return {
    nodeEnv: values.NODE_ENV ?? "development",
    databaseUrl: values.DATABASE_URL,
    pgliteDataDir: values.PGLITE_DATA_DIR ?? ".data/pglite",
    siteUrl: (values.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    clockStart: values.CLOCK_START ? new Date(values.CLOCK_START) : undefined,
  };
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
