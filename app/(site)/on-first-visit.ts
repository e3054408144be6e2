/** Pages with a slug are rendered on their first visit rather than at build, then cached (app/(site)/layout.tsx). */
export async function renderedOnFirstVisit(): Promise<{ slug: string }[]> {
  return [];
}

export type SlugParams = { params: Promise<{ slug: string }> };
