import { describe, expect, it } from 'vitest';
import { isProtocolError } from '../errors';
import { formatMessage, messageArguments, parseMessage, pluralCategories } from './message-format';

/** Issue 12, point 4: one message format (ICU subset) with plural and select, ready for the 24 EU languages. */
describe('formatMessage', () => {
  it('replaces {name} arguments and leaves an unknown one visible, so tests catch it', () => {
    expect(formatMessage('Hello {name}, {n}', { name: 'Ada', n: 3 })).toBe('Hello Ada, 3');
    expect(formatMessage('Hello {name}', {})).toBe('Hello {name}');
    expect(formatMessage('Hello { name }', { name: 'Ada' })).toBe('Hello Ada');
    // Only the caller's own parameters: nothing from Object.prototype.
    expect(formatMessage('{toString} {constructor}', {})).toBe('{toString} {constructor}');
    // A parameter is inserted as text, never parsed: a user's name cannot inject a plural.
    expect(formatMessage('Hi {name}', { name: '{n, plural, other {x}} #' })).toBe('Hi {n, plural, other {x}} #');
  });

  it('chooses a plural case: =N first, then the locale’s category, then other', () => {
    const t = '{n, plural, =0 {no minute} one {# minute} many {# de minutes} other {# minutes}}';
    expect(formatMessage(t, { n: 0 }, 'fr')).toBe('no minute');
    expect(formatMessage(t, { n: 1 }, 'fr')).toBe('1 minute');
    expect(formatMessage(t, { n: 2 }, 'fr')).toBe('2 minutes');
    // French: 1,5 is "one"; a million is "many" (« 1 000 000 de minutes »); # uses the locale's digits.
    expect(formatMessage(t, { n: 1.5 }, 'fr')).toBe('1,5 minute');
    expect(formatMessage(t, { n: 1_000_000 }, 'fr')).toBe('1\u202f000\u202f000 de minutes');
    expect(formatMessage(t, { n: 1.5 }, 'en')).toBe('1.5 minutes');
    expect(formatMessage(t, { n: 2000 }, 'en')).toBe('2,000 minutes');
    // A category the template lacks falls back to other; a numeric string counts as its number.
    expect(formatMessage('{n, plural, one {one} other {#}}', { n: '3' }, 'pl')).toBe('3');
    // The locale decides: 0 is "one" in French, "other" in English.
    const zero = '{n, plural, one {singular} other {plural}}';
    expect(formatMessage(zero, { n: 0 }, 'fr')).toBe('singular');
    expect(formatMessage(zero, { n: 0 }, 'en')).toBe('plural');
    expect(formatMessage(zero, { n: 0 })).toBe('plural'); // English by default
    // A missing or non-numeric count leaves the whole argument visible.
    expect(formatMessage('a {n, plural, other {#}} b', {})).toBe('a {n, plural, other {#}} b');
    expect(formatMessage('{n, plural, other {#}}', { n: 'many' })).toBe('{n, plural, other {#}}');
  });

  it('chooses a select case by value, else other', () => {
    const t = '{g, select, female {Elle est partie} male {Il est parti} other {La personne est partie}}';
    expect(formatMessage(t, { g: 'female' })).toBe('Elle est partie');
    expect(formatMessage(t, { g: 'male' })).toBe('Il est parti');
    expect(formatMessage(t, { g: 'unknown' })).toBe('La personne est partie');
    expect(formatMessage(t, {})).toBe(t);
  });

  it('nests cases; # belongs to the innermost plural, through a select', () => {
    const t =
      '{g, select, female {{n, plural, one {# amie} other {# amies}}} other {{n, plural, one {# ami} other {# amis}}}}';
    expect(formatMessage(t, { g: 'female', n: 1 }, 'fr')).toBe('1 amie');
    expect(formatMessage(t, { g: 'x', n: 3 }, 'fr')).toBe('3 amis');
    const inner = '{n, plural, other {{g, select, other {# ({who})}}}}';
    expect(formatMessage(inner, { n: 4, g: 'a', who: 'x' })).toBe('4 (x)');
    const twice = '{a, plural, other {# and {b, plural, other {#}}}}';
    expect(formatMessage(twice, { a: 1, b: 2 })).toBe('1 and 2');
  });

  it("quotes as ICU: '' is an apostrophe, '{…}' is literal, # is text outside a plural", () => {
    expect(formatMessage("it''s '{name}' {name}", { name: 'x' })).toBe("it's {name} x");
    // A lone apostrophe is itself, except before a brace: there it quotes (write '' to keep it).
    expect(formatMessage("l'app de {name}", { name: 'Ada' })).toBe("l'app de Ada");
    expect(formatMessage("d'{name}", { name: 'Ada' })).toBe('d{name}');
    expect(formatMessage("d''{name}", { name: 'Ada' })).toBe("d'Ada");
    expect(formatMessage("#1 {n, plural, other {'#' #}}", { n: 2 })).toBe('#1 # 2');
    expect(formatMessage("'{unclosed", {})).toBe('{unclosed');
    expect(formatMessage('Le « ’ » typographique', {})).toBe('Le « ’ » typographique');
  });

  it('rejects what is not valid, with a typed error that says where', () => {
    const syntax = (template: string, reason: string) => {
      let caught: unknown;
      try {
        parseMessage(template);
      } catch (error) {
        caught = error;
      }
      expect(isProtocolError(caught, 'ERR_MESSAGE_SYNTAX'), template).toBe(true);
      expect((caught as { details: { reason: string; field: string } }).details.reason, template).toBe(reason);
      expect((caught as { details: { field: string } }).details.field).toMatch(/^at \d+$/);
    };
    syntax('{n, plural, one {x}}', 'required'); // no other
    syntax('{g, select, a {x}}', 'required');
    syntax('{n, number}', 'unsupported');
    syntax('{n, plural, one {x} one {y} other {z}}', 'duplicate');
    syntax('{n, plural, =x {x} other {z}}', 'malformed');
    syntax('{}', 'required');
    syntax('{name', 'required');
    syntax('a } b', 'unexpected');
    syntax('{n, plural, other {x}', 'required');
  });

  it('parses each template once', () => {
    const template = 'memo {n, plural, one {#} other {#}}';
    expect(parseMessage(template)).toBe(parseMessage(template));
  });

  it('names the arguments of a template, nested ones included', () => {
    expect([...messageArguments('{a} {n, plural, other {{b} {g, select, other {{c}}}}}')].sort()).toEqual([
      'a',
      'b',
      'c',
      'g',
      'n',
    ]);
  });
});

/**
 * The 24 official EU languages and the CLDR plural rules Intl.PluralRules applies (ICU's data): the
 * categories each needs and the category of sample numbers. A catalogue in one of these languages
 * must carry every category (catalogue-check.ts); this table says which ones to expect.
 */
describe('plural categories of the 24 EU languages', () => {
  const samples = [0, 1, 2, 3, 5, 7, 11, 21, 22, 25, 101, 102, 1_000_000, 1.5] as const;
  const table: Record<string, { categories: string; picks: string }> = {
    // picks: the category of each sample, in order, as initials (z zero, o one, t two, f few, m many, x other).
    bg: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    cs: { categories: 'few many one other', picks: 'xoffxxxxxxxxxm' },
    da: { categories: 'one other', picks: 'xoxxxxxxxxxxxo' },
    de: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    el: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    en: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    es: { categories: 'many one other', picks: 'xoxxxxxxxxxxmx' },
    et: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    fi: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    fr: { categories: 'many one other', picks: 'ooxxxxxxxxxxmo' },
    ga: { categories: 'few many one other two', picks: 'xotffmxxxxxxxx' },
    hr: { categories: 'few one other', picks: 'xoffxxxofxofxx' },
    hu: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    it: { categories: 'many one other', picks: 'xoxxxxxxxxxxmx' },
    lt: { categories: 'few many one other', picks: 'xoffffxoffofxm' },
    lv: { categories: 'one other zero', picks: 'zoxxxxzoxxoxzx' },
    mt: { categories: 'few many one other two', picks: 'fotfffmxxxxxxx' },
    nl: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
    pl: { categories: 'few many one other', picks: 'moffmmmmfmmfmx' },
    pt: { categories: 'many one other', picks: 'ooxxxxxxxxxxmo' },
    ro: { categories: 'few one other', picks: 'fofffffxxxffxf' },
    sk: { categories: 'few many one other', picks: 'xoffxxxxxxxxxm' },
    sl: { categories: 'few one other two', picks: 'xotfxxxxxxotxf' },
    sv: { categories: 'one other', picks: 'xoxxxxxxxxxxxx' },
  };
  const initial: Record<string, string> = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };

  it('covers the 24 languages', () => {
    expect(Object.keys(table)).toHaveLength(24);
  });

  for (const [locale, expected] of Object.entries(table)) {
    it(`${locale}: ${expected.categories}`, () => {
      expect([...pluralCategories(locale)].sort().join(' ')).toBe(expected.categories);
      const rules = new Intl.PluralRules(locale);
      expect(samples.map((n) => initial[rules.select(n)]).join('')).toBe(expected.picks);
      // formatMessage picks the same case, for a template carrying every category of the language.
      const template = `{n, plural, ${pluralCategories(locale)
        .map((category) => `${category} {${category} #}`)
        .join(' ')}}`;
      for (const n of samples)
        expect(formatMessage(template, { n }, locale)).toMatch(new RegExp(`^${rules.select(n)} `));
    });
  }
});
