/**
 * EU Login authentication levels (reference/eulogin-facts.md §2.4), ordered: an application
 * that accepts a level accepts every level above it.
 */
export const LEVELS = ['BASIC', 'MEDIUM', 'HIGH'] as const;
export type Level = (typeof LEVELS)[number];

export function levelAtLeast(actual: Level, required: Level): boolean {
  return LEVELS.indexOf(actual) >= LEVELS.indexOf(required);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
