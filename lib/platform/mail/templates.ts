import type { Statements } from "../database/statements";
import type { Rendered } from "./layout";

/**
 * Every message the site sends, by name, with the data it renders from. The platform knows no
 * feature: lib/server/mail-templates.ts, which composes the features' templates, adds their names
 * to this interface (declaration merging), so enqueueEmail checks a name and its data at compile time.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface MailTemplates {}

export type TemplateName = keyof MailTemplates & string;
export type TemplateData<Name extends TemplateName> = MailTemplates[Name];

/** Renders one stored message; throws if its template is unknown or the template fails. */
export type RenderOne = (template: string, data: unknown) => Rendered;

/**
 * How the worker renders at send time: the composition reads the site's settings as they are now
 * (once per batch, through `sql`) and returns a function that renders one message with them.
 */
export type MailRenderer = {
  prepare(sql: Statements): Promise<RenderOne>;
  /** The only templates whose replies go to someone else than the site (the room-share relay). */
  repliesElsewhere: ReadonlySet<string>;
};

const holder = globalThis as typeof globalThis & { __dotmMailRenderer?: MailRenderer };

/** Called once by the composition (lib/server/mail-templates.ts), which every entry imports. */
export function installMailRenderer(renderer: MailRenderer): void {
  holder.__dotmMailRenderer = renderer;
}

export function mailRenderer(): MailRenderer {
  const renderer = holder.__dotmMailRenderer;
  if (!renderer) {
    throw new Error("No mail templates: this entry must import lib/server/mail-templates before sending mail.");
  }
  return renderer;
}
