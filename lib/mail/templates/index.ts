import type { Rendered } from "./layout";
import { notice } from "./notice";

/** Every message the site sends, by name; each renders HTML and text from the same data. */
export const templates = {
  notice,
} satisfies Record<string, (data: never) => Rendered>;

export type TemplateName = keyof typeof templates;
export type TemplateData<Name extends TemplateName> = Parameters<(typeof templates)[Name]>[0];
