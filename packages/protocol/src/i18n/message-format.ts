import { ProtocolError } from '../errors';

/**
 * One message format for every text a person reads (issue 12, point 4; ADR 0023): a subset of ICU
 * MessageFormat, so a library could replace this file later without touching a catalogue.
 *
 * - `{name}` — the parameter as text; an unknown one stays visible (`{name}`) so tests catch it.
 * - `{n, plural, =0 {…} one {…} few {…} many {…} other {…}}` — an exact `=N` case first, else the
 *   CLDR category `Intl.PluralRules(locale)` gives; `#` is `n` in the locale's number format.
 * - `{g, select, female {…} male {…} other {…}}` — the case named by the value, else `other`.
 * - Cases nest; a `#` belongs to the innermost plural around it.
 * - Quoting as ICU (apostrophe mode DOUBLE_OPTIONAL): `''` is one apostrophe; `'` right before
 *   `{`, `}` (or `#` inside a plural) starts literal text up to the next `'`; any other `'` is itself.
 *
 * Zero dependencies and isomorphic (server, PWA, demo-rp). A template is parsed once (memoised).
 */

export type MessageParams = Readonly<Record<string, string | number>>;

/** The parsed form of a template: text, arguments, and the places where a plural's number goes. */
export type MessagePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'argument'; readonly name: string; readonly source: string }
  | { readonly kind: 'pound' }
  | {
      readonly kind: 'plural' | 'select';
      readonly name: string;
      readonly source: string;
      /** Selector (`one`, `=0`, `female`, `other`, …) → its message, in the template's order. */
      readonly cases: ReadonlyMap<string, readonly MessagePart[]>;
    };

const NAME = /[\p{L}\p{N}_]/u;
const SELECTOR = /[\p{L}\p{N}_=-]/u;

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): MessagePart[] {
    const parts = this.message(false);
    if (this.at < this.text.length) this.fail('unexpected');
    return parts;
  }

  private fail(reason: 'malformed' | 'unexpected' | 'required' | 'duplicate' | 'unsupported'): never {
    throw new ProtocolError('ERR_MESSAGE_SYNTAX', { field: `at ${this.at}`, reason });
  }

  /** Text and arguments up to an unmatched `}` (left for the caller) or the end. */
  private message(inPlural: boolean): MessagePart[] {
    const parts: MessagePart[] = [];
    let text = '';
    const flush = () => {
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
    };
    while (this.at < this.text.length) {
      const c = this.text[this.at]!;
      if (c === '}') break;
      if (c === '{') {
        flush();
        parts.push(this.argument(inPlural));
      } else if (c === '#' && inPlural) {
        flush();
        parts.push({ kind: 'pound' });
        this.at++;
      } else if (c === "'") {
        text += this.quoted(inPlural);
      } else {
        text += c;
        this.at++;
      }
    }
    flush();
    return parts;
  }

  /** An apostrophe and what it quotes (ICU DOUBLE_OPTIONAL). */
  private quoted(inPlural: boolean): string {
    const next = this.text[this.at + 1];
    if (next === "'") {
      this.at += 2;
      return "'";
    }
    if (next !== '{' && next !== '}' && !(next === '#' && inPlural)) {
      this.at++;
      return "'";
    }
    let literal = '';
    this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at]!;
      if (c === "'") {
        if (this.text[this.at + 1] === "'") {
          literal += "'";
          this.at += 2;
          continue;
        }
        this.at++;
        return literal;
      }
      literal += c;
      this.at++;
    }
    return literal; // ICU: an unclosed quote runs to the end of the template.
  }

  private spaces(): void {
    while (this.at < this.text.length && /\s/u.test(this.text[this.at]!)) this.at++;
  }

  private word(pattern: RegExp): string {
    const start = this.at;
    while (this.at < this.text.length && pattern.test(this.text[this.at]!)) this.at++;
    return this.text.slice(start, this.at);
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) this.fail(this.at >= this.text.length ? 'required' : 'malformed');
    this.at++;
  }

  private argument(inPlural: boolean): MessagePart {
    const start = this.at;
    this.expect('{');
    this.spaces();
    const name = this.word(NAME);
    if (name === '') this.fail('required');
    this.spaces();
    if (this.text[this.at] === '}') {
      this.at++;
      return { kind: 'argument', name, source: this.text.slice(start, this.at) };
    }
    this.expect(',');
    this.spaces();
    const type = this.word(NAME);
    if (type !== 'plural' && type !== 'select') this.fail('unsupported');
    this.spaces();
    this.expect(',');
    const cases = new Map<string, readonly MessagePart[]>();
    for (;;) {
      this.spaces();
      if (this.text[this.at] === '}') break;
      const selector = this.word(SELECTOR);
      if (selector === '') this.fail(this.at >= this.text.length ? 'required' : 'malformed');
      if (type === 'plural' && selector.startsWith('=') && !/^=\d+$/.test(selector)) this.fail('malformed');
      if (cases.has(selector)) this.fail('duplicate');
      this.spaces();
      this.expect('{');
      cases.set(selector, this.message(type === 'plural' || inPlural));
      this.expect('}');
    }
    // ICU: `other` is what every language falls back to; a plural or select without it is an error.
    if (!cases.has('other')) this.fail('required');
    this.at++;
    return { kind: type, name, source: this.text.slice(start, this.at), cases };
  }
}

const cache = new Map<string, readonly MessagePart[]>();
/**
 * Catalogue templates are a bounded set (≈790 messages per language across the three apps, ≈19,000
 * for the 24 EU languages); the cap only guards against a caller formatting free text.
 */
const CACHE_LIMIT = 25_000;

/** The parts of `template`, parsed once; ERR_MESSAGE_SYNTAX when it is not valid. */
export function parseMessage(template: string): readonly MessagePart[] {
  let parts = cache.get(template);
  if (parts === undefined) {
    parts = new Parser(template).parse();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(template, parts);
  }
  return parts;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormatOf(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The CLDR plural categories of `locale` (`en`: one, other; `fr`: one, many, other; `pl`: one, few, many, other). */
export function pluralCategories(locale: string): readonly Intl.LDMLPluralRule[] {
  return rulesOf(locale).resolvedOptions().pluralCategories;
}

function render(
  parts: readonly MessagePart[],
  params: MessageParams,
  locale: string,
  count: number | undefined,
): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'pound':
        out += count === undefined ? '#' : numberFormatOf(locale).format(count);
        break;
      case 'argument':
        out += Object.hasOwn(params, part.name) ? String(params[part.name]) : part.source;
        break;
      case 'plural': {
        const n = Number(params[part.name]);
        if (!Object.hasOwn(params, part.name) || Number.isNaN(n)) {
          out += part.source;
          break;
        }
        const chosen = part.cases.get(`=${n}`) ?? part.cases.get(rulesOf(locale).select(n)) ?? part.cases.get('other')!;
        out += render(chosen, params, locale, n);
        break;
      }
      case 'select': {
        if (!Object.hasOwn(params, part.name)) {
          out += part.source;
          break;
        }
        const chosen = part.cases.get(String(params[part.name])) ?? part.cases.get('other')!;
        out += render(chosen, params, locale, count);
        break;
      }
    }
  }
  return out;
}

/**
 * `template` with its arguments replaced, plurals chosen by the rules of `locale` (a BCP 47 tag).
 * The signature of the three `format` functions it replaces, plus the locale: pass it wherever the
 * template has a plural (an English default picks English categories, wrong for `fr` 0 or `pl` 2).
 */
export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  return render(parseMessage(template), params, locale, undefined);
}

/** The names of the arguments of `template`, nested cases included (for catalogue checks). */
export function messageArguments(template: string): ReadonlySet<string> {
  const names = new Set<string>();
  const walk = (parts: readonly MessagePart[]) => {
    for (const part of parts) {
      if (part.kind === 'argument') names.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') {
        names.add(part.name);
        for (const inner of part.cases.values()) walk(inner);
      }
    }
  };
  walk(parseMessage(template));
  return names;
}
