/** Replaces `{name}` placeholders; an unknown placeholder is left visible so tests catch it. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
