import { isProtocolError } from '../errors';
import { messageArguments, parseMessage, pluralCategories, type MessagePart } from './message-format';

/** One fault of a catalogue, with the dotted key of the message (`errors.ACCOUNT_LOCKED`, `steps.0`). */
export interface CatalogueFault {
  readonly locale: string;
  readonly key: string;
  readonly fault: string;
}

/** Every string of a catalogue by its dotted key; objects and arrays walked. */
export function catalogueMessages(catalogue: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof catalogue === 'string') out.set(prefix, catalogue);
  else if (catalogue !== null && typeof catalogue === 'object') {
    for (const [key, value] of Object.entries(catalogue)) {
      for (const [k, v] of catalogueMessages(value, prefix === '' ? key : `${prefix}.${key}`)) out.set(k, v);
    }
  }
  return out;
}

function pluralFaults(parts: readonly MessagePart[], locale: string): string[] {
  const faults: string[] = [];
  for (const part of parts) {
    if (part.kind !== 'plural' && part.kind !== 'select') continue;
    if (part.kind === 'plural') {
      const missing = pluralCategories(locale).filter((category) => !part.cases.has(category));
      if (missing.length > 0)
        faults.push(
          `plural {${part.name}} lacks ${missing.join(', ')} (${locale} has ${pluralCategories(locale).join(', ')})`,
        );
      const unknown = [...part.cases.keys()].filter(
        (selector) => !selector.startsWith('=') && !(pluralCategories(locale) as readonly string[]).includes(selector),
      );
      if (unknown.length > 0)
        faults.push(`plural {${part.name}} has ${unknown.join(', ')}, not a category of ${locale}`);
    }
    for (const inner of part.cases.values()) faults.push(...pluralFaults(inner, locale));
  }
  return faults;
}

/**
 * Issue 12, point 4 — "ready for the 24 EU languages": every locale of `catalogues` has the keys of
 * `reference` and no other, each message parses, uses the same arguments as the reference message,
 * and each plural has every CLDR category of its locale (`other` included) and no foreign one. Adding
 * a language is adding its file: this check names every message still to write.
 */
export function catalogueFaults(catalogues: Readonly<Record<string, unknown>>, reference = 'en'): CatalogueFault[] {
  const base = catalogueMessages(catalogues[reference]);
  const faults: CatalogueFault[] = [];
  for (const [locale, catalogue] of Object.entries(catalogues)) {
    const messages = catalogueMessages(catalogue);
    for (const key of base.keys())
      if (!messages.has(key)) faults.push({ locale, key, fault: `missing (${reference} has it)` });
    for (const [key, text] of messages) {
      const fault = (message: string) => faults.push({ locale, key, fault: message });
      const expected = base.get(key);
      if (expected === undefined) {
        fault(`not in ${reference}`);
        continue;
      }
      let parts: readonly MessagePart[];
      try {
        parts = parseMessage(text);
      } catch (error) {
        fault(isProtocolError(error) ? error.message : String(error));
        continue;
      }
      const names = [...messageArguments(text)].sort().join(', ');
      let wanted: string;
      try {
        wanted = [...messageArguments(expected)].sort().join(', ');
      } catch {
        wanted = '(unparsable)';
      }
      if (names !== wanted) fault(`arguments {${names}} where ${reference} has {${wanted}}`);
      for (const message of pluralFaults(parts, locale)) fault(message);
    }
  }
  return faults;
}
