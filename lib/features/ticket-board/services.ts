import { env } from "../../platform/env";

/** Where Trac and GitHub are (from the environment only: nobody can point the site elsewhere). */
export type BoardServices = { tracUrl: string; githubApiUrl: string; githubToken: string | undefined };

export type BoardOptions = { services?: BoardServices; fetchImpl?: typeof fetch };

export const servicesFromEnv = (): BoardServices => {
  const { tracUrl, githubApiUrl, githubToken } = env().outcomes;
  return { tracUrl, githubApiUrl, githubToken };
};
