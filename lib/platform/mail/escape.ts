const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A tagged template that escapes every interpolated value; wrap trusted HTML in `raw()`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, index) => {
    if (index === 0) return part;
    const value = values[index - 1];
    const text = value instanceof RawHtml ? value.html : escapeHtml(String(value ?? ""));
    return out + text + part;
  }, "");
}

export class RawHtml {
  constructor(readonly html: string) {}
}

export const raw = (trusted: string) => new RawHtml(trusted);
