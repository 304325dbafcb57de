import { describe, expect, it } from 'vitest';
import { catalogueFaults } from './catalogue-check';

describe('catalogueFaults', () => {
  const en = {
    a: 'Hello {name}',
    b: { c: '{n, plural, one {# day} other {# days}}' },
    list: ['one', 'two'],
  };

  it('passes a complete catalogue', () => {
    const fr = {
      a: 'Bonjour {name}',
      b: { c: '{n, plural, one {# jour} many {# de jours} other {# jours}}' },
      list: ['un', 'deux'],
    };
    // Polish: one, few, many, other; a language without plural forms may use a plain argument.
    const pl = {
      a: 'Cześć {name}',
      b: { c: '{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}' },
      list: ['x', 'y'],
    };
    expect(catalogueFaults({ en, fr, pl })).toEqual([]);
  });

  it('names each fault with its locale and key', () => {
    const fr = {
      a: 'Bonjour {nom}',
      b: { c: '{n, plural, one {# jour} other {# jours}}' },
      list: ['un'],
      extra: 'x',
    };
    const de = { a: 'Hallo {name', b: { c: '{n, plural, one {# Tag} few {# Tage} other {# Tage}}' }, list: ['1', '2'] };
    const faults = catalogueFaults({ en, fr, de }).map((f) => `${f.locale} ${f.key}: ${f.fault}`);
    expect(faults).toEqual([
      'fr list.1: missing (en has it)',
      'fr a: arguments {nom} where en has {name}',
      'fr b.c: plural {n} lacks many (fr has one, many, other)'.replace('one, many, other', faultsOrder('fr')),
      'fr extra: not in en',
      'de a: ERR_MESSAGE_SYNTAX: at 11 required',
      'de b.c: plural {n} has few, not a category of de',
    ]);
  });
});

/** The categories in the order Intl lists them (engines differ). */
function faultsOrder(locale: string): string {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.join(', ');
}
